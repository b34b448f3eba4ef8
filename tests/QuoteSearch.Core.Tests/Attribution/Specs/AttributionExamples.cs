using System.Text.Json;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Attribution.Specs;

/// <summary>Reads the example files of this folder (one JSON object a line, '#' lines are comments) and runs one example.</summary>
public static class AttributionExamples
{
    public const string Main = "attribution-examples.jsonl";
    public const string Pending = "attribution-examples.pending.jsonl";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "QuoteSearch.Core.Tests", "Attribution", "Specs");

    public static IReadOnlyList<AttributionExample> Load(string file) =>
        File.ReadLines(Path.Combine(Folder, file))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            .Select(line => Normalised(JsonSerializer.Deserialize<AttributionExample>(line, Json)
                                       ?? throw new InvalidDataException($"{file}: not an example: {line}")))
            .ToList();

    private static AttributionExample Normalised(AttributionExample example) =>
        example with { Expect = example.Expect ?? [], NotQuotes = example.NotQuotes ?? [] };

    /// <summary>The example's article, read the way the command line reads it.</summary>
    public static Article ArticleOf(AttributionExample example)
    {
        if (example.Paragraphs is { } paragraphs) return new Article(example.Name, example.Title, null, null, paragraphs.ToList());
        var (content, format) = example.Html is { } html ? (html, InputFormat.Html) : (example.Text ?? "", InputFormat.PlainText);
        IArticleParser parser = format == InputFormat.Html ? new HtmlArticleParser() : new PlainTextArticleParser();
        var parsed = parser.Parse(new ArticleInput(example.Name, example.Name, content, format));
        return parsed.Value ?? throw new InvalidDataException($"{example.Name}: {parsed.Error}");
    }

    /// <summary>Every way the extraction of <paramref name="example"/> falls short of it; empty when it holds.</summary>
    public static IReadOnlyList<string> Failures(AttributionExample example)
    {
        var found = ExtractionPipeline.Default.Extract(ArticleOf(example)).Quotes;
        var failures = new List<string>();
        foreach (var expected in example.Expect)
        {
            if (!found.Any(q => Holds(expected, q))) failures.Add($"missing {expected}; found: {Describe(found)}");
        }
        foreach (var fragment in example.NotQuotes)
        {
            if (found.FirstOrDefault(q => Consists(q.Text, fragment)) is { } wrong)
            {
                failures.Add($"'{fragment}' came out as {wrong.Kind} of {wrong.Speaker ?? "nobody"}");
            }
        }
        return failures;
    }

    private static bool Holds(ExpectedItem expected, Quote quote) =>
        quote.Text.Contains(expected.Quote, StringComparison.Ordinal)
        && KindFits(expected.Kind, quote.Kind)
        && quote.Speaker == expected.Speaker
        && (expected.Role is null || quote.Role == expected.Role)
        && (expected.Cue is null || quote.Cue == expected.Cue);

    private static bool KindFits(string expected, QuoteKind kind) => expected switch
    {
        "quote" => kind != QuoteKind.Indirect,
        "direct" => kind == QuoteKind.Direct,
        "partial" => kind == QuoteKind.Partial,
        "indirect" => kind == QuoteKind.Indirect,
        _ => throw new InvalidDataException($"unknown kind '{expected}'"),
    };

    /// <summary>An item made of the fragment: the fragment is in it, or it is all inside the fragment.</summary>
    private static bool Consists(string text, string fragment)
    {
        var trimmed = text.Trim(' ', ',', '.', '"', '“', '”');
        const StringComparison anyCase = StringComparison.OrdinalIgnoreCase;
        return trimmed.Length > 0 && (fragment.Contains(trimmed, anyCase) || text.Contains(fragment, anyCase));
    }

    private static string Describe(IReadOnlyList<Quote> found) =>
        found.Count == 0
            ? "nothing"
            : string.Join("; ", found.Select(q => $"[{q.Kind} '{q.Text}' {q.Speaker ?? "null"} / {q.Role ?? "-"} / {q.Cue ?? "-"}]"));
}
