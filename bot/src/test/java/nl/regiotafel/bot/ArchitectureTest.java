package nl.regiotafel.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of STYLE.md §2: JDA only in the Discord adapter; commands free of Spring and storage. */
@AnalyzeClasses(
        packages = "nl.regiotafel",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
final class ArchitectureTest {

    /**
     * Leaves out the modules' test-jars (the commands' TestBot and storage's TestStores, which build the real stores on
     * purpose): test code, as the test-classes directories are, only packaged.
     */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule onlyTheDiscordAdapterUsesJda = noClasses()
            .that()
            .resideOutsideOfPackage("nl.regiotafel.bot.discord..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("net.dv8tion..");

    @ArchTest
    static final ArchRule commandsKnowNeitherSpringNorMongo = noClasses()
            .that()
            .resideInAPackage("nl.regiotafel.commands..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "nl.regiotafel.storage..",
                    "nl.regiotafel.bot..");
}
