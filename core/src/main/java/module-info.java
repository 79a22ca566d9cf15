/**
 * Hirekit core: the immutable domain model of hiring and its lifecycles.
 *
 * <pre>{@code
 * Money base = Money.of("185000", "USD");
 * PayRange range = PayRange.of(base, Money.of("235000", "USD"), PayPeriod.YEARLY);
 * }</pre>
 */
module dev.hirekit {
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports dev.hirekit;
  exports dev.hirekit.money;
  exports dev.hirekit.team;
  exports dev.hirekit.plan;
  exports dev.hirekit.role;
  exports dev.hirekit.candidate;
  exports dev.hirekit.approval;
  exports dev.hirekit.offer;
  exports dev.hirekit.application;
  exports dev.hirekit.candidacy;
  exports dev.hirekit.pool;
  exports dev.hirekit.lifecycle;
  exports dev.hirekit.actor;
  exports dev.hirekit.feedback;
  exports dev.hirekit.report;
  exports dev.hirekit.slate;
  exports dev.hirekit.time;
}
