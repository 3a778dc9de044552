package org.communitysafety.partnership.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The baseline and the area reference against the project's shared sources, where a
 * checkout has them.
 */
class BaselineSourceTests {

    private static final Path SHARED = Path.of("..", "..", "shared");

    private static final Set<String> TOKEN_ORGANISATIONS = Set.of("corby-borough-council", "daventry-district-council",
            "east-northamptonshire-council", "kettering-borough-council", "northampton-borough-council",
            "south-northamptonshire-council", "wellingborough-borough-council", "northamptonshire-county-council",
            "northamptonshire-police", "northamptonshire-fire-and-rescue", "national-probation-service",
            "northamptonshire-youth-offending-service", "nene-clinical-commissioning-group",
            "office-of-the-police-and-crime-commissioner", "office-of-faith-based-and-community-initiatives");

    @Test
    void takesEveryTermOfReferenceWordForWordFromTheSource() throws IOException {
        Path seed = SHARED.resolve("seed/community-safety-agreement-2015-16.txt");
        assumeTrue(Files.exists(seed), "the shared seed is not checked out here");
        String source = normalised(Files.readString(seed));
        List<String> texts = new ArrayList<>();
        for (JsonNode group : baseline().get("partnerships")) {
            JsonNode terms = group.get("termsOfReference");
            if (terms != null) {
                texts.add(terms.get("purpose").asString());
                terms.get("responsibilities").forEach(responsibility -> texts.add(responsibility.asString()));
            }
        }

        assertThat(texts).hasSize(27).allSatisfy(text -> assertThat(source).contains(normalised(text)));
    }

    @Test
    void registersEveryOrganisationTheDevelopmentIssuerPutsInTokens() throws IOException {
        Set<String> codes = new java.util.HashSet<>(baseline().get("organisations").findValuesAsString("code"));

        assertThat(codes).isEqualTo(TOKEN_ORGANISATIONS);
    }

    @Test
    void keepsTheCountyAreasAsTheSharedReferenceHasThem() throws IOException {
        Path reference = SHARED.resolve("reference/northamptonshire-areas.csv");
        assumeTrue(Files.exists(reference), "the shared reference is not checked out here");

        assertThat(Path.of("src/main/resources/reference/northamptonshire-areas.csv"))
            .hasSameTextualContentAs(reference);
    }

    @Test
    void namesOnlyFictionalPeople() throws IOException {
        List<JsonNode> members = new ArrayList<>();
        baseline().get("partnerships").forEach(group -> group.get("members").forEach(members::add));

        assertThat(members).isNotEmpty().allSatisfy(member -> {
            assertThat(member.get("name").asString()).endsWith(" Example (fictional)");
            assertThat(member.get("email").asString()).endsWith("@example.org");
        });
    }

    private static JsonNode baseline() throws IOException {
        try (InputStream in = BaselineSourceTests.class.getResourceAsStream("/" + BaselineLoader.RESOURCE)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static String normalised(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining(" ")).replaceAll("\\s+", " ");
    }

}
