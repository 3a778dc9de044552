package org.communitysafety.gateway.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketTests {

    private static final long SECOND = 1_000_000_000L;

    private static final RateLimit TWO_A_SECOND_BURST_OF_FOUR = new RateLimit(2, 4, 1);

    @Test
    void allowsAFullBurstAtOnceAndRefusesTheNextRequest() {
        TokenBucket bucket = new TokenBucket(TWO_A_SECOND_BURST_OF_FOUR, 0);

        for (int request = 0; request < 4; request++) {
            assertThat(bucket.take(0).allowed()).isTrue();
        }
        TokenBucket.Decision refused = bucket.take(0);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
    }

    @Test
    void saysHowLongUntilTheNextRequestWouldBeAllowed() {
        TokenBucket bucket = emptied(TWO_A_SECOND_BURST_OF_FOUR);

        assertThat(bucket.take(0).retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.take(SECOND / 4).retryAfter()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void refillsAtTheReplenishRate() {
        TokenBucket bucket = emptied(TWO_A_SECOND_BURST_OF_FOUR);

        assertThat(bucket.take(SECOND / 2 - 1).allowed()).isFalse();
        assertThat(bucket.take(SECOND / 2).allowed()).isTrue();
        assertThat(bucket.take(SECOND / 2).allowed()).isFalse();
    }

    @Test
    void neverSavesUpMoreThanTheBurstCapacity() {
        TokenBucket bucket = emptied(TWO_A_SECOND_BURST_OF_FOUR);
        long anHourLater = 3600 * SECOND;

        int allowed = 0;
        while (bucket.take(anHourLater).allowed()) {
            allowed++;
        }

        assertThat(allowed).isEqualTo(4);
    }

    @Test
    void takesTheRequestedTokensForEachRequest() {
        TokenBucket bucket = new TokenBucket(new RateLimit(1, 5, 2), 0);

        assertThat(bucket.take(0).remaining()).isEqualTo(3);
        assertThat(bucket.take(0).remaining()).isEqualTo(1);
        TokenBucket.Decision refused = bucket.take(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void isFullAgainOnceIdleLongEnoughToRefill() {
        TokenBucket bucket = emptied(TWO_A_SECOND_BURST_OF_FOUR);

        assertThat(bucket.isFullAt(SECOND)).isFalse();
        assertThat(bucket.isFullAt(2 * SECOND)).isTrue();
    }

    @Test
    void ignoresAClockReadingFromBeforeItsLastOne() {
        TokenBucket bucket = new TokenBucket(TWO_A_SECOND_BURST_OF_FOUR, SECOND);

        assertThat(bucket.take(0).allowed()).isTrue();
        assertThat(bucket.take(0).remaining()).isEqualTo(2);
    }

    @Test
    void refusesALimitThatCouldNeverAllowARequestOrWouldWasteTokens() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(0, 4, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(2, 4, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(1, 1, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(5, 4, 1));
    }

    private static TokenBucket emptied(RateLimit limit) {
        TokenBucket bucket = new TokenBucket(limit, 0);
        while (bucket.take(0).allowed()) {
            // take every token at time zero
        }
        return bucket;
    }

}
