using System.Text.Encodings.Web;
using System.Text.Json;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Cli.Output;

/// <summary>Writes the CLI's JSON Lines records to stdout, one object a line, with readable (unescaped) Unicode.</summary>
internal sealed class JsonLines(Stream output) : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream output = output;
    private readonly Utf8JsonWriter writer = new(output, Options);

    public void Quote(Quote quote)
    {
        QuoteFields(quote);
        writer.WriteEndObject();
        EndLine();
    }

    /// <summary>The quote's line with one more field, <c>speakerId</c>: its speaker's id across the run, or null.</summary>
    public void Quote(Quote quote, string? speakerId)
    {
        QuoteFields(quote);
        writer.WriteString("speakerId", speakerId);
        writer.WriteEndObject();
        EndLine();
    }

    private void QuoteFields(Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteString("article", quote.ArticleId);
        writer.WriteNumber("paragraph", quote.Paragraph);
        writer.WriteNumber("start", quote.Start);
        writer.WriteNumber("end", quote.End);
        writer.WriteString("quote", quote.Text);
        writer.WriteString("speaker", quote.Speaker);
        writer.WriteString("speakerType", SpeakerTypes.Name(quote.SpeakerType));
        writer.WriteString("role", quote.Role);
        writer.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
        writer.WriteString("cue", quote.Cue);
        writer.WriteNumber("confidence", Math.Round(quote.Confidence, 2));
    }

    public void Article(Article article)
    {
        writer.WriteStartObject();
        writer.WriteString("article", article.Id);
        writer.WriteString("title", article.Title);
        writer.WriteString("published", article.Published?.ToString("yyyy-MM-dd"));
        writer.WriteString("url", article.Url);
        writer.WriteString("site", article.Site);
        writer.WriteString("author", article.Author);
        writer.WriteStartArray("paragraphs");
        foreach (var paragraph in article.Paragraphs) writer.WriteStringValue(paragraph);
        writer.WriteEndArray();
        writer.WriteEndObject();
        EndLine();
    }

    /// <summary>Any other record: a flat object of name/value pairs.</summary>
    public void Record(params (string Name, object? Value)[] fields)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value);
        }
        writer.WriteEndObject();
        EndLine();
    }

    private void EndLine()
    {
        writer.Flush();
        output.WriteByte((byte)'\n');
        writer.Reset();
    }

    public void Dispose()
    {
        writer.Dispose();
        output.Flush();
    }
}
