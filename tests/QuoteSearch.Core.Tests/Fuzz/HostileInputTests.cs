using System.Text;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of parse and extract with adversarial text and HTML: unbalanced and nested quote marks,
/// quote marks inside tags and attributes, NUL bytes, invalid UTF-8, deep nesting, very long lines.
/// Every input must come back as an article or an error, never an exception.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string[] Pieces =
    [
        "\"", "“", "”", "‘", "’", "'", "''", "„", "«", "»", " said ", " he said", ", according to ", "Mr. ", "Sen. ",
        "Tobias Lindgren", "Kirill Dmitriev", " ", "\n", "\n\n", ".", ",", ":", "—", "<p>", "</p>", "<div class=\"ad\">", "</div>",
        "<a href=\"“x”\">", "</a>", "<br>", "<script>“</script>", "<!-- “ -->", "&amp;", "&#8220;", "&bogus;", "\0", "\uFFFD",
        "\uD800", "<title>“</title>", "<meta charset=\"nonsense\">", "<img alt='\"quoted\"'>", "word", "Word", "The ",
    ];

    private static string Random(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static void Survives(byte[] bytes, string extension)
    {
        foreach (var outcome in ArticleFileReader.CreateDefault().ReadBytes("fuzz" + extension, "fuzz", extension, bytes))
        {
            Assert.True(outcome.Article is not null || outcome.Error is not null);
            if (outcome.Article is null) continue;
            var extracted = ExtractionPipeline.Default.Extract(outcome.Article);
            foreach (var quote in extracted.Quotes)
            {
                var paragraph = outcome.Article.Paragraphs[quote.Paragraph];
                Assert.InRange(quote.Start, 0, quote.End);
                Assert.InRange(quote.End, quote.Start, paragraph.Length);
            }
        }
    }

    [Theory]
    [InlineData(1, ".txt")]
    [InlineData(2, ".html")]
    [InlineData(3, ".jsonl")]
    [InlineData(4, "")]
    public void Random_text_and_markup_never_throws(int seed, string extension)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var text = Random(random, random.Next(1, 400));
            Survives(Encoding.UTF8.GetBytes(text), extension);
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(5);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            Survives(bytes, round % 2 == 0 ? ".html" : ".txt");
        }
    }

    [Fact]
    public void A_ten_megabyte_line_of_quote_marks_and_words_is_handled()
    {
        var random = new Random(6);
        var text = new StringBuilder(10_500_000);
        while (text.Length < 10_000_000) text.Append(Pieces[random.Next(0, 20)]);
        Survives(Encoding.UTF8.GetBytes(text.Replace("\n", " ").ToString()), ".txt");
    }

    [Fact]
    public void Deeply_nested_and_unclosed_tags_are_handled()
    {
        Survives(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><span>“", 10_000))), ".html");
        Survives(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>“word said", 10_000))), ".html");
    }
}
