package dev.hirekit.json.conformance;

import static dev.hirekit.json.conformance.ThisJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.offer.Offer;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.role.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Mutations of valid documents (truncation, deleted, renamed or retyped fields, swapped or
 * edited events and figures, random bytes, huge numbers, deep nesting): every outcome is a valid
 * object, which writes and reads back equal, or the documented exception of the Jackson version;
 * never another exception. The number of mutations per run is jqwik's default tries, which the
 * build sets to 10,000 for this suite.
 */
class FuzzProperties {
  private static final List<Document> DOCUMENTS = documents();

  private record Document(String json, Class<?> type) {}

  private static List<Document> documents() {
    List<Document> documents = new ArrayList<>();
    Application hired = Seed.hire().application();
    documents.add(new Document(JSON.write(hired), Application.class));
    documents.add(new Document(JSON.write(Seed.reopened()), Application.class));
    documents.add(new Document(JSON.write(Seed.hire().role()), Role.class));
    documents.add(new Document(JSON.write(Seed.candidate()), Candidate.class));
    documents.add(new Document(JSON.write(hired.offers().get(1)), Offer.class));
    documents.add(new Document(JSON.write(hired.history().get(9)), ApplicationEvent.class));
    documents.add(new Document(JSON.write(Seed.report()), PipelineReport.class));
    return List.copyOf(documents);
  }

  @Property
  void aMutatedDocumentIsAValidObjectOrTheDocumentedException(@ForAll long seed) {
    Random random = new Random(seed);
    Document document = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
    String mutated = mutate(document.json(), random);
    Object read;
    try {
      read = JSON.read(mutated, document.type());
    } catch (Exception e) {
      assertThat(e).as("reading %s", mutated).isInstanceOf(JSON.documentedException());
      return;
    } catch (StackOverflowError e) {
      throw new AssertionError("stack overflow on " + mutated.length() + " characters", e);
    }
    assertThat(read).isNotNull();
    try {
      assertThat(JSON.read(JSON.write(read), document.type())).isEqualTo(read);
    } catch (Exception e) {
      throw new AssertionError("what was read does not read back: " + mutated, e);
    }
  }

  private static String mutate(String json, Random random) {
    switch (random.nextInt(9)) {
      case 0:
        return json.substring(0, random.nextInt(json.length()));
      case 1:
        char[] chars = json.toCharArray();
        for (int i = random.nextInt(3); i >= 0; i--) {
          chars[random.nextInt(chars.length)] = (char) random.nextInt(0x250);
        }
        return new String(chars);
      case 2:
        return json.replaceFirst("\\d+", "9".repeat(1 + random.nextInt(2_000)));
      case 3:
        int at = json.indexOf(':', random.nextInt(json.length()));
        int depth = 1 + random.nextInt(3_000);
        return at < 0 ? json : json.substring(0, at + 1) + "[".repeat(depth) + "]".repeat(depth)
            + "," + json.substring(at + 1);
      default:
        Object tree = JSON.parse(json);
        mutateTree(tree, random);
        return JSON.write(tree);
    }
  }

  /** Mutates one randomly chosen object or array of the tree. */
  @SuppressWarnings("unchecked")
  private static void mutateTree(Object tree, Random random) {
    List<Object> containers = new ArrayList<>();
    collect(tree, containers);
    Object target = containers.get(random.nextInt(containers.size()));
    if (target instanceof Map) {
      Map<String, Object> object = (Map<String, Object>) target;
      if (object.isEmpty()) {
        return;
      }
      List<String> keys = new ArrayList<>(object.keySet());
      String key = keys.get(random.nextInt(keys.size()));
      switch (random.nextInt(4)) {
        case 0:
          object.remove(key);
          break;
        case 1:
          Map<String, Object> renamed = new LinkedHashMap<>();
          object.forEach((k, v) -> renamed.put(k.equals(key) ? k + "_" : k, v));
          object.clear();
          object.putAll(renamed);
          break;
        case 2:
          object.put(key, wrongValue(random));
          break;
        default:
          object.put(key, edit(object.get(key), random));
          break;
      }
    } else {
      List<Object> array = (List<Object>) target;
      if (array.size() >= 2 && random.nextBoolean()) {
        int i = random.nextInt(array.size());
        int j = random.nextInt(array.size());
        Object swap = array.get(i);
        array.set(i, array.get(j));
        array.set(j, swap);
      } else if (!array.isEmpty()) {
        int i = random.nextInt(array.size());
        if (random.nextBoolean()) {
          array.remove(i);
        } else {
          array.add(i, array.get(i));
        }
      }
    }
  }

  private static Object wrongValue(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return null;
      case 1:
        return 7;
      case 2:
        return "x";
      case 3:
        return List.of();
      case 4:
        return new LinkedHashMap<>();
      default:
        return true;
    }
  }

  private static Object edit(Object value, Random random) {
    if (value instanceof String) {
      String text = (String) value;
      return text.isEmpty() ? "a" : text.substring(0, random.nextInt(text.length()))
          + (char) ('a' + random.nextInt(26));
    } else if (value instanceof Number) {
      return ((Number) value).longValue() + random.nextInt(5) - 2;
    }
    return wrongValue(random);
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, List<Object> containers) {
    if (node instanceof Map) {
      containers.add(node);
      ((Map<String, Object>) node).values().forEach(v -> collect(v, containers));
    } else if (node instanceof List) {
      containers.add(node);
      ((List<Object>) node).forEach(v -> collect(v, containers));
    }
  }
}
