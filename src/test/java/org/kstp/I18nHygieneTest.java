package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kstp.attachment.FileType;
import org.kstp.common.Role;
import org.kstp.demand.domain.DemandAction;
import org.kstp.demand.domain.DemandStatus;
import org.kstp.integrity.Activity;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.domain.AppealOutcome;
import org.kstp.integrity.domain.EntryKind;
import org.kstp.integrity.domain.RecordState;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.program.domain.CallAction;
import org.kstp.program.domain.CallStatus;
import org.kstp.project.domain.ProjectAction;
import org.kstp.project.domain.ProjectStatus;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalStatus;
import org.kstp.review.domain.AssignmentAction;
import org.kstp.review.domain.AssignmentStatus;
import org.kstp.review.domain.ScoreCriterion;

/**
 * No user-facing text outside the message bundles: no Han characters in code or templates, every
 * key used exists in Chinese, English and Uyghur with the same placeholders, and every status and
 * action has a label. docs/i18n/ug-unreviewed.md lists every Uyghur key as a checklist: "- [ ]" for
 * text no native speaker has reviewed yet, "- [x]" once a reviewer has checked it; a new key must be
 * added there unticked, so nothing slips past the reviewers.
 */
class I18nHygieneTest {

    private static final Path MAIN = Path.of("src/main");
    /** Han characters and the CJK punctuation (、《》…) that only Chinese text uses. */
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\x{3001}-\\x{303F}]");
    /** A \\uXXXX escape, also in a regex (an escaped backslash before the u): the text it stands for. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u+([0-9a-fA-F]{4})");
    /** The Chinese default bundles have no suffix; every other language is one of these. */
    private static final List<String> TRANSLATIONS = List.of("_en", "_ug");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Path UNREVIEWED = Path.of("docs/i18n/ug-unreviewed.md");
    private static final Pattern LISTED_KEY = Pattern.compile("^- \\[[ x]] `([^`]+)`");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:" + String.join("|", bundleNames()) + ")"
                    + "\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    @Test
    void noHanCharactersInCodeOrTemplates() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : files(MAIN.resolve("java"), MAIN.resolve("resources/templates"))) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (HAN.matcher(decodeEscapes(lines.get(i))).find()) {
                    offenders.add(file + ":" + (i + 1));
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void escapedChineseIsChineseToo() {
        assertThat(HAN.matcher(decodeEscapes("Set.of(\"\\u662f\")")).find()).isTrue();
        assertThat(HAN.matcher(decodeEscapes("joining(\"\\u3001\")")).find()).isTrue();
        assertThat(HAN.matcher(decodeEscapes("split(\"[\\\\u300a]\")")).find()).isTrue();
        assertThat(HAN.matcher(decodeEscapes("replace(\"\\uFEFF\", \"\")")).find()).isFalse();
    }

    /** Java reads \\uXXXX before anything else, so Chinese written as escapes is still Chinese. */
    private static String decodeEscapes(String line) {
        return UNICODE_ESCAPE.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    @Test
    void bundlesHaveTheSameKeysInEveryLanguage() throws IOException {
        Properties zh = bundle("");
        assertThat(zh.stringPropertyNames()).allSatisfy(key -> assertThat(zh.getProperty(key)).as(key).isNotBlank());
        for (String language : TRANSLATIONS) {
            Properties other = bundle(language);
            assertThat(new TreeSet<>(other.stringPropertyNames())).as(language)
                    .isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
            assertThat(other.stringPropertyNames())
                    .allSatisfy(key -> assertThat(other.getProperty(key)).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void everyTranslationHasThePlaceholdersOfTheChineseText() throws IOException {
        Properties zh = bundle("");
        Set<String> mismatched = new TreeSet<>();
        for (String language : TRANSLATIONS) {
            Properties other = bundle(language);
            for (String key : zh.stringPropertyNames()) {
                if (other.containsKey(key) && !placeholders(zh.getProperty(key)).equals(placeholders(other.getProperty(key)))) {
                    mismatched.add(language + " " + key);
                }
            }
        }
        assertThat(mismatched).isEmpty();
    }

    @Test
    void theUyghurReviewChecklistListsEveryKeyOnce() throws IOException {
        List<String> listed = Files.readAllLines(UNREVIEWED, StandardCharsets.UTF_8).stream()
                .map(LISTED_KEY::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
        assertThat(listed).as("keys listed in " + UNREVIEWED).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).as("keys in " + UNREVIEWED + " (add new ones as '- [ ] `key`')")
                .isEqualTo(new TreeSet<>(bundle("_ug").stringPropertyNames()));
    }

    @Test
    void everyBundleIsRegistered() throws IOException {
        String config = Files.readString(MAIN.resolve("resources/application.yml"));
        for (Path file : files(MAIN.resolve("resources/i18n"))) {
            String name = language(file.getFileName().toString()).map(l -> file.getFileName().toString()
                    .replace(l + ".properties", "")).orElse(file.getFileName().toString().replace(".properties", ""));
            assertThat(config).as("spring.messages.basename lists i18n/" + name).contains("i18n/" + name);
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Properties zh = bundle("");
        Set<String> missing = new TreeSet<>();
        for (Path file : files(MAIN.resolve("resources/templates"))) {
            collect(TEMPLATE_KEY, Files.readString(file), zh, missing, file);
        }
        for (Path file : files(MAIN.resolve("java"))) {
            collect(JAVA_KEY, Files.readString(file), zh, missing, file);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatusActionAndRoleHasALabel() throws IOException {
        Properties zh = bundle("");
        Map<String, Class<? extends Enum<?>>> labelled = Map.ofEntries(
                Map.entry("identity", Role.class), Map.entry("attachment", FileType.class),
                Map.entry("program.s", CallStatus.class), Map.entry("program.a", CallAction.class),
                Map.entry("proposal.s", ProposalStatus.class), Map.entry("proposal.a", ProposalAction.class),
                Map.entry("review.s", AssignmentStatus.class), Map.entry("review.a", AssignmentAction.class),
                Map.entry("review.c", ScoreCriterion.class),
                Map.entry("review.rs", org.kstp.review.round.RoundStatus.class),
                Map.entry("review.ra", org.kstp.review.round.RoundAction.class),
                Map.entry("review.rm", org.kstp.review.round.RoundMode.class),
                Map.entry("review.is", org.kstp.review.round.InvitationStatus.class),
                Map.entry("review.ia", org.kstp.review.round.InvitationAction.class),
                Map.entry("review.ds", org.kstp.review.round.DrawStep.class),
                Map.entry("review.r", org.kstp.review.scoring.Recommendation.class),
                Map.entry("review.l", org.kstp.review.lobbying.LobbyingChannel.class),
                Map.entry("review.b", org.kstp.review.ranking.RankingBasis.class),
                Map.entry("review.d", org.kstp.review.ranking.Decision.class),
                Map.entry("proposal.c", org.kstp.proposal.domain.CostCategory.class),
                Map.entry("proposal.p", org.kstp.proposal.domain.PartnerRole.class),
                Map.entry("program.r", org.kstp.program.RequiredSection.class),
                Map.entry("directory.p", org.kstp.directory.PersonIdType.class),
                Map.entry("proposal.o", org.kstp.proposal.domain.SubmitAttempts.Outcome.class),
                Map.entry("project.s", ProjectStatus.class), Map.entry("project.a", ProjectAction.class),
                Map.entry("demand.s", DemandStatus.class), Map.entry("demand.a", DemandAction.class),
                Map.entry("integrity.t", Tier.class), Map.entry("integrity.s", SubjectType.class),
                Map.entry("integrity.e", EntryKind.class), Map.entry("integrity.o", AppealOutcome.class),
                Map.entry("integrity.r", RecordState.class), Map.entry("integrity.m", MeasureKind.class),
                Map.entry("integrity.a", Activity.class),
                Map.entry("expert.s", org.kstp.expert.domain.ExpertStatus.class),
                Map.entry("expert.a", org.kstp.expert.domain.ExpertAction.class),
                Map.entry("expert.r", org.kstp.expert.domain.RelationKind.class),
                Map.entry("expert.c", org.kstp.expert.ConflictCode.class),
                Map.entry("platform.s", org.kstp.platform.ImportJobStatus.class),
                Map.entry("platform.a", org.kstp.platform.ImportJobAction.class),
                Map.entry("project.l", org.kstp.project.domain.SanctionAlertStatus.class),
                Map.entry("project.d", org.kstp.project.domain.SanctionDecision.class));
        Set<String> missing = new TreeSet<>();
        labelled.forEach((module, type) -> {
            String prefix = module.split("\\.")[0] + "." + type.getSimpleName() + ".";
            for (Enum<?> constant : type.getEnumConstants()) {
                if (!zh.containsKey(prefix + constant.name())) {
                    missing.add(prefix + constant.name());
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    private static void collect(Pattern pattern, String text, Properties bundle, Set<String> missing, Path file) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String key = m.group(1);
            // A literal that only begins existing keys is a prefix (e.g. startsWith checks), not a key.
            boolean prefix = bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key) && !k.equals(key));
            if (!bundle.containsKey(key) && !prefix) {
                missing.add(m.group(1) + " in " + file.getFileName());
            }
        }
    }

    /** Every module with a bundle: string literals starting with its name are message keys. */
    private static List<String> bundleNames() {
        try (Stream<Path> files = Files.list(MAIN.resolve("resources/i18n"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> language(n).isEmpty())
                    .map(n -> n.replace(".properties", "")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        for (Path file : files(MAIN.resolve("resources/i18n"))) {
            if (language(file.getFileName().toString()).orElse("").equals(suffix)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Properties one = new Properties();
                    one.load(reader);
                    all.putAll(one);
                }
            }
        }
        return all;
    }

    /** The language suffix of a bundle file ("_en", "_ug"), empty for the Chinese default. */
    private static Optional<String> language(String fileName) {
        return TRANSLATIONS.stream().filter(l -> fileName.endsWith(l + ".properties")).findFirst();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(r -> found.add(r.group()));
        return found;
    }

    private static List<Path> files(Path... roots) throws IOException {
        List<Path> result = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(result::add);
            }
        }
        return result;
    }
}
