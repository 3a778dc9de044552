package org.communitysafety.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one set of rules every deployable's and the shared module's code keeps, called by
 * each module's {@code ArchitectureTests}: no dependency on another service's code (they
 * talk only through events), feature packages without cycles, {@code config/} for wiring
 * only, consumed contracts at the {@code events/} boundary, constructor injection, names
 * from the domain, and no role name as a loose string in {@code @PreAuthorize}.
 */
public final class ArchitectureRules {

    private static final String BASE = "org.communitysafety.";

    /**
     * What any module may use besides itself: the plain shared facts and the shared
     * defaults.
     */
    private static final Set<String> SHARED = Set.of("platform", "servicedefaults");

    private static final String CONFIGURATION = "org.springframework.context.annotation.Configuration";

    private static final String CONFIGURATION_PROPERTIES = "org.springframework.boot.context.properties.ConfigurationProperties";

    private static final String ENVIRONMENT_POST_PROCESSOR = "org.springframework.boot.EnvironmentPostProcessor";

    private static final String KAFKA_LISTENER = "org.springframework.kafka.annotation.KafkaListener";

    private static final String PRE_AUTHORIZE = "org.springframework.security.access.prepost.PreAuthorize";

    private static final String ALLOWED = "org.communitysafety.servicedefaults.security.Allowed";

    private ArchitectureRules() {
    }

    /**
     * Checks a deployable's main code, e.g. {@code check("partnership")} for
     * {@code org.communitysafety.partnership}.
     */
    public static void check(String module) {
        rulesFor(module).forEach(rule -> rule.check(mainClassesOf(module)));
    }

    /**
     * Checks service-defaults: the rules of every module except those about a service's
     * event boundary, since its {@code events/} package is the envelope every service
     * uses, not a boundary of its own.
     */
    public static void checkSharedModule() {
        commonRulesFor("servicedefaults").forEach(rule -> rule.check(mainClassesOf("servicedefaults")));
    }

    /** Every rule for the deployable rooted at {@code org.communitysafety.<module>}. */
    public static List<ArchRule> rulesFor(String module) {
        String root = BASE + module;
        List<ArchRule> rules = commonRulesFor(module);
        rules.add(consumedContractsAtTheEventsBoundary(root));
        rules.add(eventsBoundaryKnowsNoFeature(root));
        return rules;
    }

    private static List<ArchRule> commonRulesFor(String module) {
        String root = BASE + module;
        List<ArchRule> rules = new ArrayList<>();
        rules.add(noOtherServicesCode(module));
        rules.add(featuresWithoutCycles(root));
        rules.add(configHoldsOnlyWiring(root));
        rules.add(onlyConfigurationPropertiesLeaveConfig(root));
        rules.add(noFieldInjection());
        rules.add(noSetterInjection());
        rules.add(namesFromTheDomain());
        rules.add(rolesOnlyThroughAllowed());
        return rules;
    }

    private static JavaClasses mainClassesOf(String module) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE + module);
    }

    static ArchRule noOtherServicesCode(String module) {
        return noClasses().should()
            .dependOnClassesThat(new DescribedPredicate<>("belong to another module of the platform") {
                @Override
                public boolean test(JavaClass target) {
                    String name = target.getPackageName();
                    if (!name.startsWith(BASE)) {
                        return false;
                    }
                    String owner = name.substring(BASE.length()).split("\\.")[0];
                    return !owner.equals(module) && !SHARED.contains(owner);
                }
            })
            .because("services talk only through Kafka events, never through each other's code");
    }

    static ArchRule featuresWithoutCycles(String root) {
        // config/ wires every feature and hands some their properties: it is above them,
        // so what it uses does not count towards a cycle.
        return slices().matching(root + ".(*)..")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(resideIn(root + ".config"), DescribedPredicate.alwaysTrue())
            .allowEmptyShould(true)
            .because("each feature builds on those below it, never in a circle");
    }

    static ArchRule configHoldsOnlyWiring(String root) {
        return classes().that()
            .resideInAPackage(root + ".config..")
            .and()
            .areTopLevelClasses()
            .should()
            .beMetaAnnotatedWith(CONFIGURATION)
            .orShould()
            .beAnnotatedWith(CONFIGURATION_PROPERTIES)
            .orShould()
            .implement(ENVIRONMENT_POST_PROCESSOR)
            .allowEmptyShould(true)
            .because("config/ is wiring (configurations and their properties), never a shared kernel of helpers");
    }

    static ArchRule onlyConfigurationPropertiesLeaveConfig(String root) {
        return noClasses().that()
            .resideOutsideOfPackage(root + ".config..")
            .should()
            .dependOnClassesThat(are(resideIn(root + ".config"))
                .and(DescribedPredicate.not(CanBeAnnotated.Predicates.annotatedWith(CONFIGURATION_PROPERTIES))))
            .allowEmptyShould(true)
            .because("a feature may read its configuration properties, nothing else of config/");
    }

    static ArchRule consumedContractsAtTheEventsBoundary(String root) {
        return methods().that()
            .areAnnotatedWith(KAFKA_LISTENER)
            .should()
            .beDeclaredInClassesThat()
            .resideInAPackage(root + ".events..")
            .allowEmptyShould(true)
            .because("what a service consumes enters at one place, its events/ package");
    }

    static ArchRule eventsBoundaryKnowsNoFeature(String root) {
        return noClasses().that()
            .resideInAPackage(root + ".events..")
            .should()
            .dependOnClassesThat(are(resideIn(root)).and(DescribedPredicate.not(resideIn(root + ".events"))))
            .allowEmptyShould(true)
            .because("features depend on the event boundary, not the other way round");
    }

    static ArchRule noFieldInjection() {
        return noFields().should()
            .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .orShould()
            .beAnnotatedWith("org.springframework.beans.factory.annotation.Value")
            .orShould()
            .beAnnotatedWith("jakarta.inject.Inject")
            .allowEmptyShould(true)
            .because("dependencies are constructor-injected");
    }

    static ArchRule noSetterInjection() {
        return noMethods().should()
            .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .allowEmptyShould(true)
            .because("dependencies are constructor-injected");
    }

    static ArchRule namesFromTheDomain() {
        return noClasses().should()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Impl")
            .because("names come from the domain");
    }

    static ArchRule rolesOnlyThroughAllowed() {
        Set<String> allowed = allowedExpressions();
        ArchCondition<HasAnnotations<?>> useAllowed = new ArchCondition<>("take their expression from Allowed") {
            @Override
            public void check(HasAnnotations<?> item, ConditionEvents events) {
                item.tryGetAnnotationOfType(PRE_AUTHORIZE).ifPresent(annotation -> {
                    Object expression = annotation.get("value").orElse("");
                    if (!allowed.contains(String.valueOf(expression))) {
                        events.add(SimpleConditionEvent.violated(item,
                                item + " is authorised by \"" + expression + "\", not by an Allowed expression"));
                    }
                });
            }
        };
        return classes().should(new ArchCondition<>("and their methods " + useAllowed.getDescription()) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                useAllowed.check(type, events);
                type.getMethods().forEach(method -> useAllowed.check(method, events));
            }
        }).because("role names are written once, in the token contract, and combined only in Allowed");
    }

    /** The expressions of Allowed, where the module has it (the gateway has none). */
    private static Set<String> allowedExpressions() {
        try {
            Field[] fields = Class.forName(ALLOWED).getFields();
            return Arrays.stream(fields)
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ArchitectureRules::valueOf)
                .collect(Collectors.toSet());
        }
        catch (ClassNotFoundException ex) {
            return Set.of();
        }
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** In the package or below it. */
    private static DescribedPredicate<JavaClass> resideIn(String packageName) {
        return new DescribedPredicate<>("reside in " + packageName) {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().equals(packageName) || type.getPackageName().startsWith(packageName + ".");
            }
        };
    }

}
