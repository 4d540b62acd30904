package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables, or a view another module publishes (created in the owner's
 * migrations and named in its API, the root package). Modulith's verification sees Java types only;
 * this test sees the SQL in string literals and text blocks. Owners come from the migrations:
 * whatever {@code db/migration/<module>/} creates belongs to that module.
 */
class SqlOwnershipTest {

    private static final Path JAVA = Path.of("src/main/java/org/kstp");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATED = Pattern.compile(
            "(?i)create\\s+(table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z_0-9]*)");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z_0-9]*)");

    private record Owned(String module, boolean view) {
    }

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        Map<String, Owned> owners = owners();
        List<String> offenders = new ArrayList<>();
        int references = 0;
        for (Path file : javaFiles()) {
            String module = JAVA.relativize(file).getName(0).toString();
            for (String table : namedInSql(Files.readString(file))) {
                Owned owner = owners.get(table);
                if (owner == null) {
                    continue;
                }
                references++;
                if (!owner.module().equals(module) && !(owner.view() && published(owner.module(), table))) {
                    offenders.add(file + " (" + module + ") reads " + table + " of " + owner.module());
                }
            }
        }
        assertThat(references).as("SQL references found; none means the scanner is broken").isGreaterThan(100);
        assertThat(offenders).isEmpty();
    }

    @Test
    void theScannerFindsTablesInLiteralsAndTextBlocks() {
        String source = "String a = \"select x from expert e join directory_organisation o\";\n"
                + "String b = \"\"\"\n  insert into proposal_team_member (id)\n  \"\"\";\n"
                + "String c = \"directory_county is not SQL\";";
        assertThat(namedInSql(source)).containsExactly("expert", "directory_organisation", "proposal_team_member");
    }

    @Test
    void everyPublishedViewIsNamedInItsModulesApi() throws IOException {
        owners().forEach((name, owner) -> {
            if (owner.view()) {
                assertThat(published(owner.module(), name)).as(name + " is named in " + owner.module() + "'s API")
                        .isTrue();
            }
        });
    }

    private static List<String> namedInSql(String source) {
        List<String> names = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher named = NAMED.matcher(text);
            while (named.find()) {
                names.add(named.group(1).toLowerCase());
            }
        }
        return names;
    }

    private static Map<String, Owned> owners() throws IOException {
        Map<String, Owned> owners = new HashMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String module = MIGRATIONS.relativize(file).getName(0).toString();
                Matcher created = CREATED.matcher(Files.readString(file));
                while (created.find()) {
                    owners.put(created.group(2).toLowerCase(),
                            new Owned(module, !created.group(1).equalsIgnoreCase("table")));
                }
            }
        }
        assertThat(owners).as("tables found in the migrations").hasSizeGreaterThan(50);
        return owners;
    }

    /** A view is published when its module's API (the root package) names it. */
    private static boolean published(String module, String view) {
        try (Stream<Path> api = Files.list(JAVA.resolve(module))) {
            return api.filter(f -> f.toString().endsWith(".java"))
                    .anyMatch(f -> read(f).contains("\"" + view + "\""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(f -> f.toString().endsWith(".java") && JAVA.relativize(f).getNameCount() > 1).toList();
        }
    }
}
