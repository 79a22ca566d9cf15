package dev.hirekit.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.json.Schema;
import dev.hirekit.json.conformance.EveryType;
import dev.hirekit.json.conformance.Seed;
import dev.hirekit.json.internal.Formats;
import dev.hirekit.json.internal.TypeFormat;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.ReportQuery;
import dev.hirekit.report.StageFigures;
import dev.hirekit.time.WorkCalendar;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.role.VisaSponsorship;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Posting;
import dev.hirekit.role.EmploymentArrangement;
import dev.hirekit.role.CountryArrangement;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.RoleStatus;
import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What this module writes validates against the JSON Schemas of hirekit-json (draft 2020-12,
 * with networknt's json-schema-validator): roles, applications through every status, candidates,
 * every event on its own, offers and pipeline reports; and the schemas refuse what Hirekit never
 * writes.
 */
class SchemaConformanceTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new HirekitModule()).build();

  /** Loads Hirekit's schemas by their ids through {@link Schema}: no network, no class path. */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemas(id -> Schema.ofId(id).map(Schema::text).orElse(null)));

  private static final Role ROLE = Histories.openRole();
  private static final List<Role> STAFFED = new ArrayList<>();
  private static final Map<String, Application> APPLICATIONS =
      Histories.applications(ROLE, STAFFED);

  private static List<Error> validate(Schema schema, String json) {
    return REGISTRY.getSchema(SchemaLocation.of(schema.id().toString()))
        .validate(json, InputFormat.JSON);
  }

  private static void assertValid(Schema schema, Object value) {
    String json = MAPPER.writeValueAsString(value);
    assertThat(validate(schema, json)).as("%s against %s", json, schema.fileName()).isEmpty();
  }

  static Stream<Role> roles() {
    List<Role> roles = new ArrayList<>(List.of(ROLE, Histories.busyRole(),
        Histories.newYorkRole(),
        Histories.openRole().hold(Histories.RECRUITER, Histories.at(1)),
        Histories.openRole().close(Histories.RECRUITER, Histories.at(1),
            RoleCloseReason.CANCELLED),
        // Remote in three states and two countries, no city, an arrangement per country.
        Histories.openRole().revisePosting(Histories.RECRUITER, Histories.at(2),
            Posting.builder().from(Histories.posting()).workplaceType(WorkplaceType.REMOTE)
                .locations(List.of()).visaSponsorship(VisaSponsorship.NOT_SPONSORED)
                .remotePolicy(RemotePolicy.builder().addAllowedRegions("US-CA", "US-WA")
                    .addAllowedCountries("CA", "PT")
                    .addArrangements(CountryArrangement.of("US", EmploymentArrangement.EMPLOYEE),
                        CountryArrangement.of("PT", EmploymentArrangement.EMPLOYER_OF_RECORD))
                    .build())
                .build())));
    roles.addAll(STAFFED);
    return roles.stream();
  }

  static Stream<Arguments> applications() {
    return APPLICATIONS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Stream<Object> events() {
    return Stream.concat(APPLICATIONS.values().stream().flatMap(a -> a.history().stream()),
        roles().flatMap(r -> r.history().stream()));
  }

  @ParameterizedTest
  @MethodSource("roles")
  void aRoleValidates(Role role) {
    assertValid(Schema.ROLE, role);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("applications")
  void anApplicationValidates(String name, Application application) {
    assertValid(Schema.APPLICATION, application);
  }

  @Test
  void theApplicationsAndRolesGoThroughEveryStatus() {
    assertThat(APPLICATIONS.values().stream().map(Application::status)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationStatus.class))))
        .isEqualTo(EnumSet.allOf(ApplicationStatus.class));
    assertThat(roles().map(Role::status)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RoleStatus.class))))
        .containsAll(EnumSet.complementOf(EnumSet.of(RoleStatus.DRAFT)));
  }

  @Test
  void aDraftRoleValidates() {
    assertValid(Schema.ROLE, Role.draft(dev.hirekit.role.RoleId.of("draft"),
        Histories.posting(), Histories.RECRUITER, Histories.T0));
  }

  @Test
  void everyCandidateValidates() {
    Histories.candidates().forEach(candidate -> assertValid(Schema.CANDIDATE, candidate));
  }

  @ParameterizedTest
  @MethodSource("events")
  void everyEventValidatesOnItsOwn(Object event) {
    assertValid(Schema.EVENT, event);
  }

  @Test
  void theHistoriesHoldEveryEventType() {
    Set<String> written = events().map(e -> e instanceof ApplicationEvent
        ? ((ApplicationEvent) e).type() : ((RoleEvent) e).type())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> all = new TreeSet<>(ApplicationEvent.types().keySet());
    all.addAll(RoleEvent.types().keySet());
    assertThat(written).isEqualTo(all);
  }

  /**
   * The aggregates across applications: drawn slates, talent pools and candidate merges validate
   * as documents, and each of their events on its own; the draws hold every event type.
   */
  @Test
  void everySlatePoolAndMergesValidatesWithEveryEvent() {
    Set<String> written = new TreeSet<>();
    EveryType.ARBITRARIES.get(dev.hirekit.slate.Slate.class).sampleStream().limit(150)
        .map(dev.hirekit.slate.Slate.class::cast).forEach(slate -> {
          assertValid(Schema.SLATE, slate);
          slate.history().forEach(e -> {
            assertValid(Schema.EVENT, e);
            written.add(e.type());
          });
        });
    EveryType.ARBITRARIES.get(dev.hirekit.pool.TalentPool.class).sampleStream().limit(150)
        .map(dev.hirekit.pool.TalentPool.class::cast).forEach(pool -> {
          assertValid(Schema.POOL, pool);
          pool.history().forEach(e -> {
            assertValid(Schema.EVENT, e);
            written.add(e.type());
          });
        });
    EveryType.ARBITRARIES.get(dev.hirekit.candidacy.CandidateMerges.class).sampleStream()
        .limit(150).map(dev.hirekit.candidacy.CandidateMerges.class::cast).forEach(merges -> {
          assertValid(Schema.MERGES, merges);
          merges.history().forEach(e -> {
            assertValid(Schema.EVENT, e);
            written.add(e.type());
          });
        });
    assertValid(Schema.MERGES, dev.hirekit.candidacy.CandidateMerges.none());
    Set<String> all = new TreeSet<>(dev.hirekit.slate.SlateEvent.types().keySet());
    all.addAll(dev.hirekit.pool.PoolEvent.types().keySet());
    all.addAll(dev.hirekit.candidacy.MergeEvent.types().keySet());
    assertThat(written).isEqualTo(all);
  }

  @Test
  void everyOfferValidates() {
    List<Offer> offers = Histories.offers(APPLICATIONS);
    offers.forEach(offer -> assertValid(Schema.OFFER, offer));
    assertThat(offers.stream().map(Offer::status).collect(Collectors.toSet()))
        .contains(OfferStatus.DRAFT, OfferStatus.APPROVED, OfferStatus.EXTENDED,
            OfferStatus.ACCEPTED, OfferStatus.DECLINED, OfferStatus.RESCINDED,
            OfferStatus.EXPIRED, OfferStatus.SUPERSEDED);
  }

  @Test
  void everyReportValidates() {
    // One state of each application: the map holds several states of one application.
    List<Application> distinct = List.of(APPLICATIONS.get("withdrawn"),
        APPLICATIONS.get("hired"), APPLICATIONS.get("migrated"),
        APPLICATIONS.get("transferred"));
    List<PipelineReport> reports = new ArrayList<>(List.of(Seed.report(),
        PipelineReport.of(distinct), PipelineReport.of(List.of(APPLICATIONS.get("anonymized"))),
        ReportQuery.builder().from(Histories.T0).to(Histories.at(60 * 24 * 30))
            .calendar(WorkCalendar.weekdays(ZoneId.of("America/Los_Angeles")))
            .sources(Histories.candidates()).exactPercentiles().build().over(distinct)));
    EveryType.ARBITRARIES.get(PipelineReport.class).sampleStream().limit(50)
        .forEach(report -> reports.add((PipelineReport) report));
    reports.forEach(report -> assertValid(Schema.REPORT, report));
    assertThat(reports).anyMatch(r -> r.scope().exact()).anyMatch(r -> !r.scope().exact())
        .anyMatch(r -> r.scope().calendar().isPresent())
        .anyMatch(r -> r.funnels().stream().flatMap(f -> f.stages().stream())
            .anyMatch(stage -> stage.rejected() > 0))
        .anyMatch(r -> r.funnels().stream().flatMap(f -> f.stages().stream())
            .anyMatch(stage -> stage.transferred() > 0));
  }

  /** The report schema's stage figures are the record's components, all of them required. */
  @Test
  void theReportSchemaDefinesTheStageFiguresAsTheirRecord() {
    JsonNode def = MAPPER.readTree(Schema.REPORT.text()).get("$defs").get("stageFigures");
    List<String> properties = new ArrayList<>(def.get("properties").propertyNames());
    List<String> required = new ArrayList<>();
    def.get("required").forEach(n -> required.add(n.asString()));
    List<String> components = Arrays.stream(StageFigures.class.getRecordComponents())
        .map(RecordComponent::getName).collect(Collectors.toList());
    assertThat(properties).isEqualTo(components);
    assertThat(required).isEqualTo(components);
  }

  /**
   * The event schema is the records of core: one definition per type name, with the record's
   * components as properties in order after {@code type}, and the non-optional ones required.
   */
  @Test
  void theEventSchemaDefinesEveryEventAsItsRecord() {
    JsonNode defs = MAPPER.readTree(Schema.EVENT.text()).get("$defs");
    Map<String, Class<?>> types = new java.util.TreeMap<>(ApplicationEvent.types());
    types.putAll(RoleEvent.types());
    types.putAll(dev.hirekit.slate.SlateEvent.types());
    types.putAll(dev.hirekit.pool.PoolEvent.types());
    types.putAll(dev.hirekit.candidacy.MergeEvent.types());
    types.forEach((name, type) -> {
      JsonNode def = defs.get(name);
      assertThat(def).as(name).isNotNull();
      List<String> properties = new ArrayList<>(def.get("properties").propertyNames());
      List<String> required = new ArrayList<>();
      def.get("required").forEach(n -> required.add(n.asString()));
      List<String> components = new ArrayList<>(List.of("type"));
      List<String> mandatory = new ArrayList<>(List.of("type"));
      for (RecordComponent component : type.getRecordComponents()) {
        components.add(component.getName());
        if (component.getType() != Optional.class) {
          mandatory.add(component.getName());
        }
      }
      assertThat(properties).as(name).isEqualTo(components);
      assertThat(required).as(name).isEqualTo(mandatory);
      assertThat(def.get("properties").get("type").get("const").asString()).isEqualTo(name);
    });
    assertThat(defs.get("applicationEvent").get("oneOf")).hasSize(ApplicationEvent.types().size());
    assertThat(defs.get("roleEvent").get("oneOf")).hasSize(RoleEvent.types().size());
    assertThat(defs.get("slateEvent").get("oneOf"))
        .hasSize(dev.hirekit.slate.SlateEvent.types().size());
    assertThat(defs.get("poolEvent").get("oneOf"))
        .hasSize(dev.hirekit.pool.PoolEvent.types().size());
    assertThat(defs.get("mergeEvent").get("oneOf"))
        .hasSize(dev.hirekit.candidacy.MergeEvent.types().size());
  }

  /** Every enum the format writes has its exact names in the definitions, and no other. */
  @Test
  void theDefinitionsHoldEveryEnumsNames() {
    JsonNode defs = MAPPER.readTree(Schema.DEFINITIONS.text()).get("$defs");
    List<Set<String>> inSchema = new ArrayList<>();
    defs.forEach(def -> {
      if (def.has("enum")) {
        Set<String> names = new TreeSet<>();
        def.get("enum").forEach(n -> names.add(n.asString()));
        inSchema.add(names);
      }
    });
    List<Set<String>> written = new ArrayList<>();
    for (TypeFormat<?> format : Formats.textual()) {
      Object[] constants = format.type().getEnumConstants();
      if (constants != null) {
        written.add(Arrays.stream(constants).map(c -> (String) format.write(c))
            .collect(Collectors.toCollection(TreeSet::new)));
      }
    }
    assertThat(written).hasSize(45);
    assertThat(inSchema).containsExactlyInAnyOrderElementsOf(written);
  }

  // ------------------------------------------------------------------ the schemas bite

  private static ObjectNode tree(Object value) {
    return (ObjectNode) MAPPER.valueToTree(value);
  }

  private static void assertInvalid(Schema schema, ObjectNode tree, String keyword) {
    List<Error> errors = validate(schema, MAPPER.writeValueAsString(tree));
    assertThat(errors).as("%s against %s", tree, schema.fileName()).isNotEmpty();
    assertThat(errors).extracting(Error::getKeyword).as("%s", errors).contains(keyword);
  }

  private static ObjectNode changed(Object value, Consumer<ObjectNode> change) {
    ObjectNode tree = tree(value);
    change.accept(tree);
    return tree;
  }

  @Test
  void aWrongEnumNameFails() {
    assertInvalid(Schema.APPLICATION, changed(APPLICATIONS.get("hired"),
        t -> t.put("status", "HIRED")), "enum");
    assertInvalid(Schema.ROLE, changed(ROLE, t -> t.put("status", "onhold")), "enum");
    ObjectNode event = tree(APPLICATIONS.get("rejected").history().get(2));
    ((ObjectNode) event.get("reason")).put("side", "they_rejected");
    assertInvalid(Schema.EVENT, event, "oneOf");
  }

  @Test
  void aMissingRequiredFieldFails() {
    assertInvalid(Schema.APPLICATION, changed(APPLICATIONS.get("applied"),
        t -> t.remove("history")), "required");
    assertInvalid(Schema.CANDIDATE, changed(Histories.candidate(), t -> t.remove("name")),
        "required");
    assertInvalid(Schema.OFFER, changed(Histories.offers(APPLICATIONS).get(0),
        t -> ((ObjectNode) t.get("compensation")).remove("startDate")), "required");
    ObjectNode event = tree(APPLICATIONS.get("advanced").history().get(1));
    event.remove("at");
    assertInvalid(Schema.EVENT, event, "oneOf");
    ObjectNode transfer = tree(APPLICATIONS.get("transferred").history().get(2));
    assertThat(transfer.get("type").asString()).isEqualTo("application.transferred");
    transfer.remove("from");
    assertInvalid(Schema.EVENT, transfer, "oneOf");
  }

  @Test
  void anAmountAsANumberFails() {
    ObjectNode offer = tree(Histories.offers(APPLICATIONS).get(0));
    ((ObjectNode) offer.get("compensation").get("base").get("amount"))
        .put("amount", 185000);
    assertInvalid(Schema.OFFER, offer, "type");
  }

  @Test
  void anUnknownEventTypeFails() {
    ObjectNode event = tree(APPLICATIONS.get("advanced").history().get(1));
    event.put("type", "application.teleported");
    assertInvalid(Schema.EVENT, event, "oneOf");
    ObjectNode application = tree(APPLICATIONS.get("advanced"));
    ((ObjectNode) ((ArrayNode) application.get("history")).get(1))
        .put("type", "role.opened");
    assertInvalid(Schema.APPLICATION, application, "oneOf");
  }

  @Test
  void aReportTheWriterNeverWritesFails() {
    PipelineReport report = Seed.report();
    assertInvalid(Schema.REPORT, changed(report, t -> t.put("hires", -1)), "minimum");
    assertInvalid(Schema.REPORT, changed(report, t -> t.remove("sources")), "required");
    assertInvalid(Schema.REPORT, changed(report, t -> t.put("schemaVersion", 2)), "const");
    ObjectNode stage = tree(report.funnels().get(0).stages().get(1));
    ((ObjectNode) stage.get("rejectedBySide")).put("they_rejected", 1);
    ObjectNode forged = tree(report);
    ((ArrayNode) forged.get("funnels").get(0).get("stages")).set(1, stage);
    assertInvalid(Schema.REPORT, forged, "propertyNames");
    ObjectNode empty = tree(report);
    ((ObjectNode) empty.get("funnels").get(0).get("stages").get(1).get("rejectedByCode"))
        .put("not-now", 0);
    assertInvalid(Schema.REPORT, empty, "minimum");
  }

  @Test
  void whatTheWriterNeverWritesFails() {
    assertInvalid(Schema.CANDIDATE, changed(Histories.candidate(), t -> t.putNull("consent")),
        "type");
    assertInvalid(Schema.CANDIDATE, changed(Histories.candidate(), t -> t.put("age", 41)),
        "additionalProperties");
    assertInvalid(Schema.CANDIDATE, changed(Histories.candidate(),
        t -> t.put("schemaVersion", 2)), "const");
    ObjectNode event = tree(APPLICATIONS.get("advanced").history().get(1));
    event.put("at", "2026-11-30T09:00:00+01:00");
    assertInvalid(Schema.EVENT, event, "oneOf");
  }

  // ------------------------------------------------------------------ loading

  /**
   * The schemas' package is open, so a validator that loads from the class path finds them,
   * on the module path as well.
   */
  @ParameterizedTest
  @EnumSource(Schema.class)
  void aValidatorFindsTheSchemasOnTheClassPath(Schema schema) {
    SchemaRegistry classpath = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaIdResolvers(ids -> ids
            .mapPrefix("https://hirekit.dev/schema/1/", "classpath:dev/hirekit/json/schema/")));
    com.networknt.schema.Schema loaded =
        classpath.getSchema(SchemaLocation.of(schema.id().toString()));
    assertThat(loaded.getSchemaNode().get("$id").asString()).isEqualTo(schema.id().toString());
    assertThat(ClassLoader.getSystemResource(schema.resource())).isNotNull();
    String json = MAPPER.writeValueAsString(APPLICATIONS.get("hired"));
    if (schema == Schema.APPLICATION) {
      assertThat(loaded.validate(json, InputFormat.JSON)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Schema.class)
  void eachSchemaNamesItsIdAndDraft(Schema schema) {
    JsonNode node = MAPPER.readTree(schema.text());
    assertThat(node.get("$id").asString()).isEqualTo(schema.id().toString());
    assertThat(node.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(Schema.ofId(schema.id() + "#/$defs/x")).contains(schema);
  }
}
