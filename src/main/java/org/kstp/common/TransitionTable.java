package org.kstp.common;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An explicit lifecycle: for each status, the actions allowed and the status each leads to. Every
 * aggregate keeps one as a constant, so the whole lifecycle can be read (and tested) in one place.
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {

    private final Class<A> actionType;
    private final Map<S, Map<A, S>> cells;

    private TransitionTable(Class<S> statusType, Class<A> actionType) {
        this.actionType = actionType;
        this.cells = new EnumMap<>(statusType);
    }

    public static <S extends Enum<S>, A extends Enum<A>> TransitionTable<S, A> of(Class<S> statusType,
                                                                                 Class<A> actionType) {
        return new TransitionTable<>(statusType, actionType);
    }

    /** Declares that {@code action} moves an aggregate from each of {@code from} to {@code to}. */
    @SafeVarargs
    public final TransitionTable<S, A> allow(A action, S to, S... from) {
        for (S status : from) {
            cells.computeIfAbsent(status, s -> new EnumMap<>(actionType)).put(action, to);
        }
        return this;
    }

    public Optional<S> target(S from, A action) {
        return Optional.ofNullable(cells.getOrDefault(from, Map.of()).get(action));
    }

    public Set<A> actionsFrom(S from) {
        Map<A, S> row = cells.get(from);
        return row == null ? EnumSet.noneOf(actionType) : Collections.unmodifiableSet(EnumSet.copyOf(row.keySet()));
    }

    /**
     * The target of a transition, or a refusal naming the status and the action by their label keys
     * ({@code <module>.<EnumName>.<CONSTANT>}), which the web layer translates.
     */
    public S require(S from, A action, String module) {
        return target(from, action).orElseThrow(() -> new RuleViolation("common.transition.refused",
                labelKey(module, from), labelKey(module, action)));
    }

    public static String labelKey(String module, Enum<?> constant) {
        return module + "." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
