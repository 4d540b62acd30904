package org.kstp.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.demand.DemandCommands;
import org.kstp.demand.NewDemand;
import org.kstp.directory.CountySummary;
import org.kstp.platform.ReplayClock;
import org.springframework.stereotype.Component;

/**
 * Technology demands collected by every county bureau over the last two months, vetted, published,
 * rejected or withdrawn in turn (demo.yml's demandStates); the newest still wait for the bureau.
 */
@Component
class DemoDemands {

    private static final int PER_COUNTY = 2;

    private final DemandCommands demands;
    private final DemoPeople people;

    DemoDemands(DemandCommands demands, DemoPeople people) {
        this.demands = demands;
        this.people = people;
    }

    void seed(List<CountySummary> counties, LivingData data, Actor bureau, Instant now) {
        Map<String, String> texts = data.texts();
        int n = 0;
        for (CountySummary county : counties) {
            Actor staff = people.actor(county.code().equals("653125") ? "county.shache" : "county." + county.code());
            for (int k = 0; k < PER_COUNTY; k++, n++) {
                Map<String, String> d = data.demands().get(n % data.demands().size());
                String state = data.demandStates().get(n % data.demandStates().size());
                Instant submitted = now.minus(Duration.ofDays(60 - 2L * n % 60));
                String phone = String.format("0998-28%05d", n);
                BigDecimal coFunding = BigDecimal.valueOf(20_000L * (1 + n % 5)).setScale(2);
                UUID id = ReplayClock.at(submitted, () -> demands.submit(new NewDemand(
                        d.get("title").replace("{county}", county.name()), d.get("problem"), d.get("industry"),
                        d.get("gbt"), county.code(), d.get("outcome"), coFunding, staff.displayName(), phone,
                        staff.username() + "@kstp.example"), staff));
                Instant later = submitted.plus(Duration.ofDays(1));
                switch (state) {
                    case "VETTED" -> ReplayClock.at(later, () -> demands.vet(id, bureau));
                    case "PUBLISHED" -> ReplayClock.at(later, () -> {
                        demands.vet(id, bureau);
                        demands.publish(id, bureau);
                    });
                    case "REJECTED" -> ReplayClock.at(later,
                            () -> demands.reject(id, texts.get("demandRejected"), bureau));
                    case "WITHDRAWN" -> ReplayClock.at(later,
                            () -> demands.withdraw(id, texts.get("demandWithdrawn"), staff));
                    default -> { } // SUBMITTED: waits for the bureau
                }
            }
        }
    }
}
