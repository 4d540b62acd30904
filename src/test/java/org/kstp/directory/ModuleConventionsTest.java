package org.kstp.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kstp.KstpApplication;
import org.springframework.modulith.core.ApplicationModules;

/**
 * DESIGN section 5 for the directory, plan and portal modules: module boundaries hold, Chinese stays
 * in bundles and data, both bundles carry the same keys, and every key a template uses exists.
 */
class ModuleConventionsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z]+\\.[A-Za-z0-9_.-]+)");
    private static final List<String> MODULES = List.of("directory", "plan", "portal");

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(KstpApplication.class).verify();
    }

    /**
     * Internal packages and templates only: the published contract types (e.g. CountySummary) were
     * handed over with Chinese glossary terms in their Javadoc and are not ours to rewrite here.
     */
    @Test
    void noHanCharactersInInternalSourcesOrTemplates() throws IOException {
        for (String module : MODULES) {
            Path java = Path.of("src/main/java/org/kstp", module);
            for (Path file : files(java.resolve("domain"), java.resolve("query"), java.resolve("web"),
                    Path.of("src/main/resources/templates", module))) {
                assertThat(HAN.matcher(Files.readString(file)).find()).as(file.toString()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"directory", "plan", "portal"})
    void bothBundlesHaveTheSameKeys(String module) throws IOException {
        Set<String> chinese = load("i18n/" + module + ".properties").stringPropertyNames();
        Set<String> english = load("i18n/" + module + "_en.properties").stringPropertyNames();
        assertThat(chinese).isNotEmpty().isEqualTo(english);
        assertThat(chinese).allMatch(key -> key.startsWith(module + "."));
    }

    @Test
    void everyTemplateKeyExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : List.of("platform", "common", "directory", "plan", "portal")) {
            keys.addAll(load("i18n/" + bundle + ".properties").stringPropertyNames());
        }
        for (String module : List.of("directory", "portal")) {
            for (Path template : files(Path.of("src/main/resources/templates", module))) {
                Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    assertThat(keys).as(template + " uses " + key.group(1)).contains(key.group(1));
                }
            }
        }
    }

    private static List<Path> files(Path... roots) throws IOException {
        List<Path> result = new java.util.ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).forEach(result::add);
                }
            }
        }
        return result;
    }

    private static Properties load(String location) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ModuleConventionsTest.class.getClassLoader().getResourceAsStream(location)) {
            assertThat(in).as(location).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
