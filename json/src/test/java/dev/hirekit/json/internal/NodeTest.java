package dev.hirekit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hirekit.InvalidValueException;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every getter of the reading cursor, with each JSON kind it refuses. */
class NodeTest {
  static final Object OBJECT = Map.of("a", 1L);
  static final Object ARRAY = List.of(1L);
  static final Object STRING = "text";
  static final Object NUMBER = 42L;
  static final Object BOOLEAN = true;

  static Node at(Object value) {
    return Node.root(Map.of("f", value)).field("f");
  }

  static FormatException refusal(ThrowingCallable call) {
    FormatException e = catchThrowableOfType(call, FormatException.class);
    assertThat(e).as("a FormatException").isNotNull();
    return e;
  }

  static void refusesKinds(Function<Node, ?> getter, String expected, Object... wrong) {
    for (Object value : wrong) {
      Node node = Node.root(nullable("f", value)).optional("g").orElse(null);
      assertThat(node).isNull();
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("f", value);
      Node field = value == null ? Node.root(null) : Node.root(doc).field("f");
      String path = value == null ? "$" : "$.f";
      assertThat(refusal(() -> getter.apply(field)))
          .hasMessage(path + ": is " + Tree.kind(value) + "; expected " + expected)
          .returns(path, FormatException::path)
          .returns("is " + Tree.kind(value) + "; expected " + expected,
              FormatException::problem);
    }
  }

  private static Map<String, Object> nullable(String name, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(name, value);
    return map;
  }

  @Test
  void treeKindNamesEveryKind() {
    assertThat(Tree.kind(null)).isEqualTo("null");
    assertThat(Tree.kind(OBJECT)).isEqualTo("an object");
    assertThat(Tree.kind(ARRAY)).isEqualTo("an array");
    assertThat(Tree.kind(STRING)).isEqualTo("a string");
    assertThat(Tree.kind(BOOLEAN)).isEqualTo("a boolean");
    assertThat(Tree.kind(NUMBER)).isEqualTo("a number");
    assertThat(Tree.kind(7)).isEqualTo("a number");
    assertThat(Tree.kind(BigInteger.TEN)).isEqualTo("a number");
    assertThat(Tree.kind(BigDecimal.ONE)).isEqualTo("a number");
  }

  @Test
  void aFormatExceptionNamesThePathAndTheProblemOnly() {
    FormatException e = new FormatException("$.history[3].at", "is wrong");
    assertThat(e.path()).isEqualTo("$.history[3].at");
    assertThat(e.problem()).isEqualTo("is wrong");
    assertThat(e).hasMessage("$.history[3].at: is wrong").hasNoCause();
    assertThat(e.getStackTrace()).isEmpty();
  }

  @Test
  void eachGetterRefusesEachWrongKind() {
    refusesKinds(Node::object, "an object", ARRAY, STRING, NUMBER, BOOLEAN, null);
    refusesKinds(n -> n.items(Node::text), "an array", OBJECT, STRING, NUMBER, BOOLEAN, null);
    refusesKinds(Node::text, "a string", OBJECT, ARRAY, NUMBER, BOOLEAN, null);
    refusesKinds(Node::bool, "true or false", OBJECT, ARRAY, STRING, NUMBER, null);
    refusesKinds(Node::whole, "a whole number", OBJECT, ARRAY, STRING, BOOLEAN, null,
        new BigDecimal("1.5"));
    refusesKinds(Node::integer, "a whole number", OBJECT, ARRAY, STRING, BOOLEAN, null);
    for (Function<Node, ?> textual : List.<Function<Node, ?>>of(Node::decimal, Node::instant,
        Node::date, Node::duration, Node::offset, Node::uri)) {
      refusesKinds(textual, "a string", OBJECT, ARRAY, NUMBER, BOOLEAN, null);
    }
  }

  @Test
  void theMessageOfAMoneyWithANumberAmount() {
    Map<String, Object> money = new LinkedHashMap<>();
    money.put("amount", 185000L);
    money.put("currency", "USD");
    assertThat(refusal(() -> Formats.of(Money.class).read(Node.root(money), Loading.REPLAY)))
        .hasMessage("$.amount: is a number; expected a string");
  }

  @Test
  void theRightKindsAreRead() {
    Node root = Node.root(Map.of("s", "x", "b", false, "t", true, "l", 5L, "i", 6,
        "a", List.of("p", "q"), "o", Map.of("k", "v")));
    assertThat(root.path()).isEqualTo("$");
    assertThat(root.get("s", Node::text)).isEqualTo("x");
    assertThat(root.get("b", Node::bool)).isFalse();
    assertThat(root.get("t", Node::bool)).isTrue();
    assertThat(root.get("l", Node::whole)).isEqualTo(5L);
    assertThat(root.get("i", Node::whole)).isEqualTo(6L);
    assertThat(root.get("i", Node::integer)).isEqualTo(6);
    assertThat(root.list("a", Node::text)).containsExactly("p", "q");
    assertThat(root.list("a", n -> n.path())).containsExactly("$.a[0]", "$.a[1]");
    assertThat(root.field("o").object()).isEqualTo(Map.of("k", "v"));
    assertThat(root.field("o").field("k").path()).isEqualTo("$.o.k");
    assertThat(root.field("s").value()).isEqualTo("x");
    assertThat(root.find("s", Node::text)).contains("x");
    assertThat(root.find("nothing", Node::text)).isEmpty();
    assertThatThrownBy(() -> root.list("a", Node::text).add("r"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missingAndNullFieldsAreRequiredAndOptionalAlike() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("n", null);
    Node root = Node.root(doc);
    assertThat(refusal(() -> root.field("gone"))).hasMessage("$.gone: is missing; it is required")
        .returns("$.gone", FormatException::path);
    assertThat(refusal(() -> root.field("n"))).hasMessage("$.n: is missing; it is required");
    assertThat(refusal(() -> root.get("n", Node::text))).hasMessageStartingWith("$.n: ");
    assertThat(refusal(() -> root.list("n", Node::text))).hasMessageStartingWith("$.n: ");
    assertThat(root.optional("n")).isEmpty();
    assertThat(root.optional("gone")).isEmpty();
    assertThat(root.find("n", Node::text)).isEmpty();
    assertThat(refusal(() -> Node.root("x").optional("a")))
        .hasMessage("$: is a string; expected an object");
    assertThat(refusal(() -> root.field("x").field("y"))).hasMessage("$.x: is missing; it is"
        + " required");
  }

  @Test
  void anArrayHoldsNoNull() {
    Node node = at(Arrays.asList("a", null, "c"));
    assertThat(refusal(() -> node.items(Node::text)))
        .hasMessage("$.f[1]: is null; an array of the format holds no null");
    assertThat(refusal(() -> at(List.of("a", 3L)).items(Node::text)))
        .hasMessage("$.f[1]: is a number; expected a string");
    assertThat(at(List.of()).items(Node::text)).isEmpty();
  }

  @Test
  void wholeNumbersOutOfRangeAreRefused() {
    assertThat(refusal(() -> at(new BigInteger("99999999999999999999")).whole()))
        .hasMessage("$.f: is a whole number out of range; expected at most 19 digits");
    assertThat(refusal(() -> at(new BigInteger("99999999999999999999")).integer()))
        .hasMessage("$.f: is a whole number out of range; expected at most 19 digits");
    String intRange = "$.f: is a whole number out of range; expected at most 2147483647";
    assertThat(refusal(() -> at(2147483648L).integer())).hasMessage(intRange);
    assertThat(refusal(() -> at(-2147483649L).integer())).hasMessage(intRange);
    assertThat(at(2147483647L).integer()).isEqualTo(Integer.MAX_VALUE);
    assertThat(at(-2147483648L).integer()).isEqualTo(Integer.MIN_VALUE);
    assertThat(at(Long.MAX_VALUE).whole()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void decimalsArePlainAndShort() {
    String refused = "$.f: is not a plain decimal; expected digits with an optional fraction,"
        + " such as \"185000.00\"";
    for (String bad : List.of("1e5", "1.", ".5", "+1", "1,5", "", "abc", "1.2.3", " 1", "0x10",
        "NaN", "--1")) {
      assertThat(refusal(() -> at(bad).decimal())).as(bad).hasMessage(refused);
    }
    String sixtyFour = "1".repeat(64);
    assertThat(at(sixtyFour).decimal()).isEqualTo(new BigDecimal(sixtyFour));
    assertThat(refusal(() -> at("1".repeat(65)).decimal())).hasMessage(refused);
    assertThat(at("-185000.00").decimal()).isEqualTo(new BigDecimal("-185000.00"));
    assertThat(at("7").decimal()).isEqualTo(new BigDecimal("7"));
    assertThat(at("0.5").decimal().scale()).isEqualTo(1);
  }

  @Test
  void instantsAreUtcIso() {
    String pattern = "$.f: is not an ISO-8601 UTC instant; expected such as"
        + " \"2026-11-30T09:00:00Z\"";
    for (String bad : List.of("2026-11-30T09:00:00+01:00", "2026-11-30", "2026-11-30T09Z",
        "2026-11-30 09:00:00Z", "2026-11-30T09:00:00.1234567890Z", "x2026-11-30T09:00:00Z",
        "2026-11-30T09:00:00z", "12026-11-30T09:00:00Z")) {
      assertThat(refusal(() -> at(bad).instant())).as(bad).hasMessage(pattern);
    }
    String invalid = "$.f: is not a valid instant; expected such as \"2026-11-30T09:00:00Z\"";
    assertThat(refusal(() -> at("2026-02-30T09:00:00Z").instant())).hasMessage(invalid);
    assertThat(refusal(() -> at("2026-11-30T25:00:00Z").instant())).hasMessage(invalid);
    assertThat(at("2026-11-30T09:00Z").instant()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
    assertThat(at("2026-11-30T09:00:01Z").instant())
        .isEqualTo(Instant.parse("2026-11-30T09:00:01Z"));
    assertThat(at("2026-11-30T09:00:01.123456789Z").instant())
        .isEqualTo(Instant.parse("2026-11-30T09:00:01.123456789Z"));
  }

  @Test
  void datesAreIsoDays() {
    String pattern = "$.f: is not a date; expected yyyy-MM-dd, such as \"2027-01-04\"";
    for (String bad : List.of("2027-1-04", "2027-01-04T00:00", "20270104", "x2027-01-04",
        "2027-01-04x")) {
      assertThat(refusal(() -> at(bad).date())).as(bad).hasMessage(pattern);
    }
    assertThat(refusal(() -> at("2026-02-30").date()))
        .hasMessage("$.f: is not a valid date; expected yyyy-MM-dd, such as \"2027-01-04\"");
    assertThat(refusal(() -> at("2026-13-01").date()))
        .hasMessage("$.f: is not a valid date; expected yyyy-MM-dd, such as \"2027-01-04\"");
    assertThat(at("2024-02-29").date()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void durationsAreIso() {
    String refused = "$.f: is not an ISO-8601 duration; expected such as \"PT30M\"";
    assertThat(refusal(() -> at("30 minutes").duration())).hasMessage(refused);
    assertThat(refusal(() -> at("PT" + "9".repeat(30) + "H").duration())).hasMessage(refused);
    String longOne = "PT" + "0".repeat(60) + "1M";
    assertThat(longOne).hasSize(64);
    assertThat(at(longOne).duration()).isEqualTo(Duration.ofMinutes(1));
    assertThat(refusal(() -> at("PT" + "0".repeat(61) + "1M").duration())).hasMessage(refused);
    assertThat(at("PT30M").duration()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void offsetsAndUris() {
    assertThat(at("-08:00").offset()).isEqualTo(ZoneOffset.ofHours(-8));
    assertThat(at("Z").offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(refusal(() -> at("PST").offset()))
        .hasMessage("$.f: is not a UTC offset; expected such as \"-08:00\" or \"Z\"");
    assertThat(at("https://example.com/jobs/1").uri())
        .isEqualTo(URI.create("https://example.com/jobs/1"));
    assertThat(refusal(() -> at("not a uri").uri()))
        .hasMessage("$.f: is not a URI; expected such as \"https://example.com/jobs/1\"");
  }

  @Test
  void aKeyIsAStringNodeWithItsOwnPath() {
    Node key = Node.root(Map.of("m", Map.of("call", "screen"))).field("m").key("call");
    assertThat(key.path()).isEqualTo("$.m.call<key>");
    assertThat(key.text()).isEqualTo("call");
    assertThat(key.value()).isEqualTo("call");
    assertThat(refusal(() -> key.whole())).hasMessage("$.m.call<key>: is a string; expected a"
        + " whole number");
  }

  @Test
  void anEntryIsNamedByItsPositionNeverItsKey() {
    Map<String, Object> codes = new LinkedHashMap<>();
    codes.put("not-now", 1L);
    codes.put("Ada Quillfeather", null);
    Node map = Node.root(Map.of("m", codes)).field("m");
    Node key = map.entryKey("Ada Quillfeather", 1);
    assertThat(key.path()).isEqualTo("$.m.<key 1>");
    assertThat(key.text()).isEqualTo("Ada Quillfeather");
    assertThat(refusal(() -> key.whole())).hasMessage("$.m.<key 1>: is a string; expected a"
        + " whole number");
    assertThat(map.entry("not-now", 0).whole()).isEqualTo(1L);
    assertThat(map.entry("not-now", 0).path()).isEqualTo("$.m.<entry 0>");
    assertThat(refusal(() -> map.entry("Ada Quillfeather", 1)))
        .hasMessage("$.m.<entry 1>: is null; an object of the format holds no null");
    assertThat(refusal(() -> Node.root(List.of()).entry("x", 0)))
        .hasMessage("$: is an array; expected an object");
  }

  @Test
  void theDomainsRefusalsBecomeFormatExceptionsAtThePath() {
    Node node = at("x");
    List<RuntimeException> refusals = List.of(
        new InvalidValueException("Money", "amount", "is negative"),
        new DateTimeException("bad time"),
        new ArithmeticException("overflow"));
    for (RuntimeException e : refusals) {
      FormatException f = refusal(() -> node.as(n -> {
        throw e;
      }));
      assertThat(f.path()).isEqualTo("$.f");
      assertThat(f.problem()).isEqualTo(e.getMessage());
    }
    IllegalTransitionException transition = new IllegalTransitionException("Offer", "o-1",
        "draft", "approve", "not submitted", List.of("submit_for_approval"));
    assertThat(refusal(() -> node.as(n -> {
      throw transition;
    }))).returns("$.f", FormatException::path)
        .returns(transition.getMessage(), FormatException::problem);
    IllegalStateException other = new IllegalStateException("not the domain's");
    assertThatThrownBy(() -> node.as(n -> {
      throw other;
    })).isSameAs(other);
    assertThat(node.as(Node::text)).isEqualTo("x");
    assertThat(node.problem("is odd")).hasMessage("$.f: is odd");
  }

  @Test
  void anObjectWritesNoNullAndKeepsOrder() {
    assertThatThrownBy(() -> Obj.of().put("name", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the format writes no null; name is null");
    Map<String, Object> tree = Obj.of().put("b", 1L).put("a", "x")
        .put("c", Optional.of(3), v -> (long) v).put("d", Optional.<Integer>empty(), v -> v)
        .tree();
    assertThat(new ArrayList<>(tree.keySet())).containsExactly("b", "a", "c");
    assertThat(tree.get("c")).isEqualTo(3L);
    assertThatThrownBy(() -> tree.put("e", 1L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void scalarsWriteIsoTextsAndSortedSets() {
    assertThat(Scalars.instant(Instant.parse("2026-11-30T09:00:00Z")))
        .isEqualTo("2026-11-30T09:00:00Z");
    assertThat(Scalars.date(LocalDate.of(2027, 1, 4))).isEqualTo("2027-01-04");
    assertThat(Scalars.duration(Duration.ofMinutes(30))).isEqualTo("PT30M");
    assertThat(Scalars.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Scalars.list(List.of(3, 1, 2), i -> (long) i)).containsExactly(3L, 1L, 2L);
    List<Object> sorted = Scalars.sortedSet(List.of("b", "c", "a"), s -> s);
    assertThat(sorted).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> sorted.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Scalars.list(List.of(1), i -> i).add(2))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
