package dev.hirekit.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.hirekit.json.JobPosting;
import java.io.IOException;

/**
 * Writes a {@link JobPosting} safe to embed in an HTML {@code <script
 * type="application/ld+json">} element: {@code <}, {@code >} and {@code &} are written as JSON
 * Unicode escapes (a backslash, {@code u003C}, {@code u003E}, {@code u0026}), so no text of the
 * posting (a description holding {@code </script>}, say) can close the element or open a comment.
 * The JSON read back is the same; the generator's own escapes are restored afterwards.
 *
 * <pre>{@code
 * module.addSerializer(JobPosting.class, new JobPostingSerializer());
 * }</pre>
 */
public final class JobPostingSerializer extends StdSerializer<JobPosting> {
  private static final long serialVersionUID = 1L;
  private static final CharacterEscapes HTML_SAFE = new HtmlSafe();

  /** The serializer. */
  public JobPostingSerializer() {
    super(JobPosting.class);
  }

  @Override
  public void serialize(JobPosting value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    CharacterEscapes before = gen.getCharacterEscapes();
    gen.setCharacterEscapes(HTML_SAFE);
    try {
      TreeWriter.write(value.tree(), gen);
    } finally {
      gen.setCharacterEscapes(before);
    }
  }

  /** JSON's standard escapes, plus the three characters that matter to HTML. */
  private static final class HtmlSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    HtmlSafe() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
