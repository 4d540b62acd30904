package org.kstp.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/** The contents of demo/demo.yml. */
record DemoData(List<Map<String, Object>> organisations, List<Map<String, Object>> accounts,
                Map<String, Object> program, List<Map<String, Object>> experts) {

    @SuppressWarnings("unchecked")
    static DemoData load() {
        try (InputStream in = new ClassPathResource("demo/demo.yml").getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            return new DemoData((List<Map<String, Object>>) root.get("organisations"),
                    (List<Map<String, Object>>) root.get("accounts"), (Map<String, Object>) root.get("program"),
                    (List<Map<String, Object>>) root.getOrDefault("experts", List.of()));
        } catch (IOException e) {
            throw new IllegalStateException("demo/demo.yml is missing from the build", e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> call() {
        return (Map<String, Object>) program.get("call");
    }

    static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
