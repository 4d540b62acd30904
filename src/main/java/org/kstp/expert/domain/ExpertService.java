package org.kstp.expert.domain;

import org.kstp.common.BusinessTime;
import org.kstp.integrity.Activity;
import org.kstp.integrity.Subject;
import org.kstp.integrity.IntegrityApi;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on the pool: an expert's own profile, the bureau's lifecycle actions. Each is audited. */
@Service
public class ExpertService {

    private final ExpertRepository experts;
    private final IdentityApi identity;
    private final AuditApi audit;
    private final PoolListener pool;
    private final BusinessTime time;
    private final YearlyCap caps;
    private final IntegrityApi integrity;

    ExpertService(ExpertRepository experts, IdentityApi identity, AuditApi audit, PoolListener pool, BusinessTime time,
                  YearlyCap caps, IntegrityApi integrity) {
        this.integrity = integrity;
        this.experts = experts;
        this.identity = identity;
        this.audit = audit;
        this.pool = pool;
        this.time = time;
        this.caps = caps;
    }

    public Optional<Expert> byAccount(UUID accountId) {
        return experts.findById(accountId);
    }

    /** Enters an account with role EXPERT into the pool (APPLIED, or ACTIVE when {@code approve}). */
    @Transactional
    public Expert enter(UUID accountId, Profile profile, boolean approve, Actor by) {
        AccountSummary account = identity.account(accountId).filter(a -> a.roles().contains(Role.EXPERT))
                .orElseThrow(() -> new RuleViolation("expert.register.notExpert"));
        if (experts.existsById(accountId)) {
            throw new RuleViolation("expert.register.exists", account.displayName());
        }
        Expert expert = Expert.enter(accountId, account.username(), account.displayName(), profile, null,
                time.now());
        if (approve) {
            expert.apply(ExpertAction.APPROVE, by, null, time.now());
        }
        save(expert, by, approve ? "ENTER_APPROVED" : "ENTER");
        return expert;
    }

    /**
     * An expert the bureau vetted outside KSTP (e.g. a list from the region), as an import line gives it.
     *
     * @param personalCap the expert's own yearly cap, only ever lower than the pool's; null for none
     */
    public record Vetted(UUID accountId, String username, String name, Profile profile, Integer personalCap) {
    }

    /**
     * Enters bureau-vetted experts: each is created as an application and approved at once by the
     * importing member of staff (the lifecycle's path for vetted entries), audited one by one, in the
     * caller's transaction. The pool index is rebuilt once after commit, not once per expert.
     */
    @Transactional
    public void enterVetted(List<Vetted> vetted, Actor by, IntConsumer progress) {
        if (!by.has(Role.BUREAU_STAFF)) {
            throw new AccessDeniedException("bureau only");
        }
        int done = 0;
        for (Vetted v : vetted) {
            Expert expert = Expert.enter(v.accountId(), v.username(), v.name(), v.profile(),
                    caps.personal(v.personalCap()), time.now());
            expert.apply(ExpertAction.APPROVE, by, "import", time.now());
            experts.save(expert);
            audit.record(by, "expert", v.accountId(), "IMPORT_APPROVED", expert.status().name());
            progress.accept(++done);
        }
        pool.rebuildAfterCommit();
    }

    /** The expert's own profile: created on first save (as an application), replaced afterwards. */
    @Transactional
    public void saveOwnProfile(Profile profile, Actor expert) {
        if (!expert.has(Role.EXPERT)) {
            throw new AccessDeniedException("experts only");
        }
        Optional<Expert> existing = experts.findById(expert.accountId());
        if (existing.isEmpty()) {
            enter(expert.accountId(), profile, false, expert);
            return;
        }
        existing.get().update(profile, time.now(), time.today());
        save(existing.get(), expert, "UPDATE_PROFILE");
    }

    /** A lifecycle action by the bureau (approval, refresh, suspension, removal). */
    @Transactional
    public void act(UUID accountId, ExpertAction action, String comment, Actor actor) {
        if (!actor.has(Role.BUREAU_STAFF) && !(action == ExpertAction.CONFIRM_REFRESH
                && actor.accountId().equals(accountId))) {
            throw new AccessDeniedException("bureau only");
        }
        if (action == ExpertAction.LEAVE_ON_SANCTION) {
            throw new RuleViolation("expert.action.systemOnly");
        }
        Expert expert = experts.findById(accountId).orElseThrow(() -> new NotFound("expert", accountId));
        if (action == ExpertAction.RETURN_AFTER_SANCTION) {
            requireReturnable(expert);
        }
        expert.apply(action, actor, comment, time.now());
        save(expert, actor, action.name());
    }

    /** Why an expert who left may not come back this way; nothing when they may. */
    private void requireReturnable(Expert expert) {
        if (!expert.leftOnSanction()) {
            throw new RuleViolation("expert.return.notLeftOnSanction");
        }
        if (!returnable(expert)) {
            throw new RuleViolation("expert.return.stillSanctioned");
        }
    }

    /** Left on a sanction, and no measure bars them from reviewing today. */
    public boolean returnable(Expert expert) {
        return expert.leftOnSanction() && integrity.check(Subject.person(expert.accountId(), expert.name()),
                Activity.REVIEW, time.today()).allowed();
    }

    /**
     * The system takes an expert out of the pool because an integrity measure bars them from
     * reviewing; the status change names the record. Nothing happens if the expert is already out.
     * Only the system may do this: staff use {@link #act} with a reason of their own.
     */
    @Transactional
    public boolean leaveOnSanction(UUID accountId, String record, Actor system) {
        if (!system.isSystem()) {
            throw new AccessDeniedException("system only");
        }
        Optional<Expert> expert = experts.findById(accountId);
        if (expert.isEmpty() || !expert.get().allowedActions().contains(ExpertAction.LEAVE_ON_SANCTION)) {
            return false;
        }
        expert.get().apply(ExpertAction.LEAVE_ON_SANCTION, system, record, time.now());
        experts.save(expert.get());
        audit.record(system, "expert", accountId, ExpertAction.LEAVE_ON_SANCTION.name(), record);
        pool.changed(accountId);
        return true;
    }

    private void save(Expert expert, Actor actor, String auditAction) {
        experts.save(expert);
        audit.record(actor, "expert", expert.accountId(), auditAction, expert.status().name());
        pool.changed(expert.accountId());
    }
}
