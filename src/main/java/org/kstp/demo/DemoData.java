package org.kstp.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kstp.program.CallItemDraft;
import org.kstp.program.RequiredSection;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/** The contents of demo/demo.yml. */
record DemoData(List<Map<String, Object>> organisations, List<Map<String, Object>> accounts,
                Map<String, Object> program, List<Map<String, Object>> experts, Map<String, Object> living) {

    @SuppressWarnings("unchecked")
    static DemoData load() {
        try (InputStream in = new ClassPathResource("demo/demo.yml").getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            return new DemoData((List<Map<String, Object>>) root.get("organisations"),
                    (List<Map<String, Object>>) root.get("accounts"), (Map<String, Object>) root.get("program"),
                    (List<Map<String, Object>>) root.getOrDefault("experts", List.of()),
                    (Map<String, Object>) root.get("living"));
        } catch (IOException e) {
            throw new IllegalStateException("demo/demo.yml is missing from the build", e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> call() {
        return (Map<String, Object>) program.get("call");
    }

    /** The demo call's items, in order. */
    @SuppressWarnings("unchecked")
    List<CallItemDraft> callItems() {
        return ((List<Map<String, Object>>) call().getOrDefault("items", List.of())).stream()
                .map(i -> new CallItemDraft((String) i.get("title"), (String) i.get("researchGoals"),
                        (String) i.get("indicators"), i.get("budgetCap") == null ? null : decimal(i.get("budgetCap")),
                        i.get("maxFunded") == null ? null : ((Number) i.get("maxFunded")).intValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    Set<RequiredSection> requiredSections() {
        Set<RequiredSection> sections = EnumSet.noneOf(RequiredSection.class);
        ((List<String>) call().getOrDefault("requiredSections", List.of()))
                .forEach(code -> sections.add(RequiredSection.valueOf(code)));
        return sections;
    }

    static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
