package org.kstp.demo;

import java.time.format.DateTimeFormatter;
import org.kstp.common.Uscc;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kstp.common.CitizenIdHash;
import org.kstp.directory.CountySummary;

/**
 * What the living demo creates, drawn from one {@code Random(seed)} before anything is written: the
 * same seed, size and reference data give the same institutions, people, titles and target states.
 *
 * @param institutions the demo's institutions in every county (the host of pi.demo is not among them)
 * @param proposals in creation order
 */
record DemoPlan(List<Institution> institutions, List<Planned> proposals) {

    /** Reviews per expert the demo uses at most per year, below the default yearly cap of 10. */
    static final int LOAD_LAST_YEAR = 8;
    static final int LOAD_THIS_YEAR = 3;
    /** At least three valid reviews before a decision (RULES.md): the demo decides on exactly that many. */
    static final int REVIEWERS_LAST_YEAR = 3;
    static final int REVIEWERS_THIS_YEAR = 3;
    /** The demo host institution (of inst.admin and pi.demo) is in Kashgar city. */
    private static final String HOST_COUNTY = "653101";

    /** An organisation with its administrator. */
    record Institution(String name, String uscc, String county, Person admin) {
    }

    /** A person with a valid citizen ID number (GB 11643 check digit). */
    record Person(String name, String citizenId, String title) {
    }

    /**
     * One proposal.
     *
     * @param institution index into {@link #institutions}, or -1 for the demo host institution
     * @param pi the generated PI, or null for the demo account pi.demo
     * @param dayShare where in the call's history its steps fall, 0..99
     */
    record Planned(LivingCall call, String title, String category, String target, int institution, Person pi,
                   List<Person> team, BigDecimal operations, String discipline, int dayShare, int scorePercent) {
    }

    static DemoPlan draw(long seed, int size, int experts, List<CountySummary> counties, LivingData data) {
        Random random = new Random(seed);
        Set<String> ids = new HashSet<>();
        List<Institution> institutions = institutions(random, counties, data, ids);
        List<String[]> titles = new ArrayList<>(data.titles());
        Collections.shuffle(titles, random);
        List<Planned> proposals = new ArrayList<>();
        Map<LivingCall, List<String>> targets = DemoTargets.of(size, experts);
        DemoApplicants applicants = new DemoApplicants();
        DemoTargets.Placement placement = new DemoTargets.Placement();
        for (LivingCall call : LivingCall.values()) {
            for (String target : targets.get(call)) {
                String[] title = titles.get(proposals.size() % titles.size());
                DemoTargets.Placement.Where where = placement.of(call, target);
                int institution = DemoTargets.Placement.institution(where, institutions, random);
                String county = institution < 0 ? HOST_COUNTY : institutions.get(institution).county();
                List<Person> team = List.of(person(random, data, county, ids), person(random, data, county, ids));
                List<String> disciplines = data.disciplines().get(title[0]);
                Person pi = where == DemoTargets.Placement.Where.PI_DEMO ? null : applicants.choose(random,
                        institution, call, target, () -> person(random, data, county, ids));
                proposals.add(new Planned(call, title[1], title[0], target, institution, pi, team,
                        BigDecimal.valueOf(150_000L + 10_000L * random.nextInt(30)).setScale(2),
                        disciplines.get(random.nextInt(disciplines.size())), random.nextInt(100),
                        55 + random.nextInt(45)));
            }
        }
        return new DemoPlan(institutions, proposals);
    }

    /** A digest of every proposal's title and target state, to compare two drawings or a drawing with a database. */
    String digest() {
        return digestOf(proposals.stream().map(p -> p.title() + "|" + p.target()).toList());
    }

    static String digestOf(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.stream().sorted().forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static List<Institution> institutions(Random random, List<CountySummary> counties, LivingData data,
                                                  Set<String> ids) {
        List<Institution> out = new ArrayList<>();
        for (int c = 0; c < counties.size(); c++) {
            CountySummary county = counties.get(c);
            List<Map<String, String>> kinds = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                kinds.add(data.institutionKinds().get((2 * c + k) % data.institutionKinds().size()));
            }
            if (c == 0) {
                kinds.addAll(data.cityInstitutions());
            }
            for (Map<String, String> kind : kinds) {
                String name = kind.get("name").replace("{county}", county.name());
                out.add(new Institution(name, uscc(kind.get("prefix"), county.code(), out.size()), county.code(),
                        person(random, data, county.code(), ids)));
            }
        }
        return out;
    }

    /** A code of the county's registration authority, numbered, with its GB 32100 check character. */
    private static String uscc(String prefix, String county, int n) {
        String body = prefix + county + String.format("%09d", 731_000_000 + 7919 * n);
        return body + Uscc.expectedCheckCharacter(body + "0");
    }

    private static Person person(Random random, LivingData data, String county, Set<String> ids) {
        String name = random.nextInt(3) == 0
                ? data.uyghurNames().get(random.nextInt(data.uyghurNames().size()))
                : data.surnames().get(random.nextInt(data.surnames().size()))
                        + data.givenNames().get(random.nextInt(data.givenNames().size()));
        String id;
        do {
            LocalDate born = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(30 * 365));
            String body = county + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", random.nextInt(1000));
            id = body + CitizenIdHash.checkCharacter(body);
        } while (!ids.add(id));
        return new Person(name, id, data.jobTitles().get(random.nextInt(data.jobTitles().size())));
    }
}
