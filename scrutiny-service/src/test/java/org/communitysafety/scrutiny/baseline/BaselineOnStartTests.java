package org.communitysafety.scrutiny.baseline;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BaselineOnStartTests {

    private final BaselineLoader loader = mock(BaselineLoader.class);

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
        .withBean(BaselineLoader.class, () -> loader)
        .withUserConfiguration(BaselineOnStart.class);

    @Test
    void loadsTheBaselineAtStartWhenThePlatformAsksForIt() {
        when(loader.load()).thenReturn(new BaselineLoaded(9, 0));

        contexts.withPropertyValues("platform.baseline.load-on-start=true").run(context -> {
            assertThat(context).hasSingleBean(BaselineOnStart.class);
            context.getBean(BaselineOnStart.class).run(null);
            verify(loader).load();
        });
    }

    @Test
    void leavesTheDataAloneByDefault() {
        contexts.run(context -> assertThat(context).doesNotHaveBean(BaselineOnStart.class));
        verify(loader, never()).load();
    }

}
