package org.kstp.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Chooses each planned proposal's PI: often a researcher of the institution who applied before, as
 * long as the concurrency limit (one proposal under way per PI per year, none beside a funded
 * project) lets them submit again; otherwise a new researcher.
 */
final class DemoApplicants {

    /** Targets that never count against the limit once driven: a draft, or ended before review. */
    private static final Set<String> NOT_COUNTED = Set.of("DRAFT", "WITHDRAWN", "FORMALLY_REJECTED");

    private final Map<Integer, List<Applicant>> byInstitution = new HashMap<>();

    DemoPlan.Person choose(Random random, int institution, LivingCall call, String target,
                           Supplier<DemoPlan.Person> newPerson) {
        List<Applicant> here = byInstitution.computeIfAbsent(institution, i -> new ArrayList<>());
        List<Applicant> free = target.equals("DRAFT") ? here : here.stream().filter(a -> a.free(call)).toList();
        Applicant chosen;
        if (!free.isEmpty() && random.nextBoolean()) {
            chosen = free.get(random.nextInt(free.size()));
        } else {
            chosen = new Applicant(newPerson.get());
            here.add(chosen);
        }
        if (!NOT_COUNTED.contains(target)) {
            chosen.count(call, target);
        }
        return chosen.person;
    }

    /** One researcher and what counts against their limit in each year. */
    private static final class Applicant {
        private final DemoPlan.Person person;
        private boolean lastYear;
        private boolean thisYear;
        private boolean funded;

        Applicant(DemoPlan.Person person) {
            this.person = person;
        }

        boolean free(LivingCall call) {
            return call.lastYear() ? !lastYear : !thisYear && !funded;
        }

        void count(LivingCall call, String target) {
            if (call.lastYear()) {
                lastYear = true;
                funded |= target.equals("APPROVED");
            } else {
                thisYear = true;
            }
        }
    }
}
