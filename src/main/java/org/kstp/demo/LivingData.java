package org.kstp.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * The living demo's part of demo/demo.yml (programmes, institution kinds, names, texts, demands) and the titles in
 * demo/titles.tsv, each as {category, title}.
 */
record LivingData(Map<String, Map<String, String>> programmes, List<Map<String, String>> institutionKinds,
                  List<Map<String, String>> cityInstitutions, List<String> surnames, List<String> givenNames,
                  List<String> uyghurNames, List<String> jobTitles, Map<String, List<String>> disciplines,
                  Map<String, String> industries, Map<String, String> texts, List<Map<String, String>> demands,
                  List<String> demandStates, Map<String, String> integrity, List<String[]> titles) {

    @SuppressWarnings("unchecked")
    static LivingData of(Map<String, Object> living) {
        return new LivingData((Map<String, Map<String, String>>) living.get("programmes"),
                (List<Map<String, String>>) living.get("institutionKinds"),
                (List<Map<String, String>>) living.get("cityInstitutions"), (List<String>) living.get("surnames"),
                (List<String>) living.get("givenNames"), (List<String>) living.get("uyghurNames"),
                (List<String>) living.get("titles"), (Map<String, List<String>>) living.get("disciplines"),
                (Map<String, String>) living.get("industries"), (Map<String, String>) living.get("texts"),
                (List<Map<String, String>>) living.get("demands"), (List<String>) living.get("demandStates"),
                (Map<String, String>) living.get("integrity"), readTitles());
    }

    private static List<String[]> readTitles() {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/titles.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && l.contains("\t")).forEach(l -> out.add(l.split("\t", 2)));
        } catch (IOException e) {
            throw new IllegalStateException("demo/titles.tsv is missing from the build", e);
        }
        return out;
    }
}
