package org.communitysafety.testkit;

import java.util.function.Function;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared rules can fail: each is checked against deliberately wrong classes
 * ({@code org.communitysafety.fixture}) and must name the offender, and all of them pass
 * on a module that keeps them ({@code org.communitysafety.tidy}).
 */
class ArchitectureRulesTests {

    private static final JavaClasses WRONG = new ClassFileImporter().importPackages("org.communitysafety.fixture");

    private static final JavaClasses TIDY = new ClassFileImporter().importPackages("org.communitysafety.tidy");

    @Test
    void passesAModuleThatKeepsEveryRule() {
        assertThatCode(() -> ArchitectureRules.rulesFor("tidy").forEach(rule -> rule.check(TIDY)))
            .doesNotThrowAnyException();
    }

    static Stream<Arguments> rulesAndTheirOffenders() {
        return Stream.of(
                rule("no other service's code", root -> ArchitectureRules.noOtherServicesCode("fixture"),
                        "org.communitysafety.elsewhere.Foreign"),
                rule("features without cycles", ArchitectureRules::featuresWithoutCycles, "Cycle detected"),
                rule("config/ holds only wiring", ArchitectureRules::configHoldsOnlyWiring, "Tally"),
                rule("only configuration properties leave config/",
                        ArchitectureRules::onlyConfigurationPropertiesLeaveConfig, "Tally"),
                rule("consumed contracts at events/", ArchitectureRules::consumedContractsAtTheEventsBoundary,
                        "AlphaListener"),
                rule("the events boundary knows no feature", ArchitectureRules::eventsBoundaryKnowsNoFeature, "Inbox"),
                rule("no field injection", root -> ArchitectureRules.noFieldInjection(), "FieldInjected"),
                rule("no setter injection", root -> ArchitectureRules.noSetterInjection(), "SetterInjected"),
                rule("names from the domain", root -> ArchitectureRules.namesFromTheDomain(), "AlphaHelper"),
                rule("roles only through Allowed", root -> ArchitectureRules.rolesOnlyThroughAllowed(),
                        "hasRole('ADMINISTRATOR')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheirOffenders")
    void failsOnADeliberatelyWrongClass(String name, Function<String, ArchRule> rule, String offender) {
        assertThatThrownBy(() -> rule.apply("org.communitysafety.fixture").check(WRONG))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining(offender);
    }

    private static Arguments rule(String name, Function<String, ArchRule> rule, String offender) {
        return Arguments.of(name, rule, offender);
    }

}
