package org.kstp.proposal.domain.rules;

/** What a rule found: the rule, a message key the page translates, and the key's arguments. */
public record Finding(RuleCode rule, String messageKey, Object... arguments) {
}
