using System.IO.Compression;
using System.Text;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Reading;

public sealed class ArticleFileReaderTests
{
    static ArticleFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static List<ReadOutcome> Read(string path, long maxBytes = 64 * 1024 * 1024) =>
        ArticleFileReader.CreateDefault(new ReaderOptions { MaxBytes = maxBytes }).ReadAll([path]).ToList();

    [Fact]
    public void Windows_1252_pages_are_not_mojibake()
    {
        using var dir = new TempDir();
        var body = "<html><head><meta charset=\"windows-1252\"></head>"
            + "<body><p>“Café au lait,” said the señor in his café today.</p></body></html>";
        var path = dir.File("legacy.html", Encoding.GetEncoding(1252).GetBytes(body));
        Assert.Equal("“Café au lait,” said the señor in his café today.", Assert.Single(Read(path)).Article!.Paragraphs[0]);
    }

    [Fact]
    public void Undeclared_legacy_bytes_fall_back_to_windows_1252_with_a_warning()
    {
        using var dir = new TempDir();
        var path = dir.File("legacy.txt", Encoding.GetEncoding(1252).GetBytes("Crème brûlée is on the menu again."));
        var outcome = Assert.Single(Read(path));
        Assert.Equal("Crème brûlée is on the menu again.", outcome.Article!.Paragraphs[0]);
        Assert.Contains("legacy.txt: not valid UTF-8", outcome.Warning);
    }

    [Fact]
    public void A_byte_order_mark_decides_the_encoding()
    {
        using var dir = new TempDir();
        var path = dir.File(
            "utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Zürich said “hello” today.")).ToArray());
        Assert.Equal("Zürich said “hello” today.", Assert.Single(Read(path)).Article!.Paragraphs[0]);
    }

    [Fact]
    public void A_json_lines_feed_gives_one_article_a_line_and_names_the_bad_line()
    {
        using var dir = new TempDir();
        var path = dir.File("feed.jsonl",
            "{\"url\":\"https://a.example/1\",\"title\":\"One\",\"published\":\"2026-01-02\",\"text\":\"“Yes,” Ann Lee said.\"}\n" +
            "not json at all\n" +
            "{\"url\":\"https://a.example/2\",\"html\":\"<p>“No,” Bob Ray said on Friday evening.</p>\"}\n");
        var outcomes = Read(path);
        Assert.Equal(3, outcomes.Count);
        Assert.Equal("One", outcomes[0].Article!.Title);
        Assert.Equal(new DateOnly(2026, 1, 2), outcomes[0].Article!.Published);
        Assert.Contains("feed.jsonl:2: not a JSON article", outcomes[1].Error);
        Assert.Equal("https://a.example/2", outcomes[2].Article!.Url);
        Assert.NotEqual(outcomes[0].Article!.Id, outcomes[2].Article!.Id);
    }

    [Fact]
    public void Gzip_files_are_read_as_what_they_contain()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "story.txt.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes("Headline\n\n“Ready,” Ann Lee said."));
        }
        var article = Assert.Single(Read(path)).Article!;
        Assert.Equal("story", article.Id);
        Assert.Equal("Headline", article.Title);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty input")]
    [InlineData("binary.txt", "\0\u0001\u0002binary", "looks like a binary file")]
    [InlineData("blank.html", "<html><body><script>var x = 1;</script></body></html>", "no article text found")]
    public void Bad_inputs_get_an_error_that_names_the_file_and_the_reason(string name, string content, string reason)
    {
        using var dir = new TempDir();
        var outcome = Assert.Single(Read(dir.File(name, content)));
        Assert.Null(outcome.Article);
        Assert.Contains(name, outcome.Error);
        Assert.Contains(reason, outcome.Error);
    }

    [Fact]
    public void Files_over_the_size_limit_are_refused_and_the_rest_still_read()
    {
        using var dir = new TempDir();
        dir.File("big.txt", new string('a', 5000));
        dir.File("small.txt", "“Fine,” Ann Lee said.");
        var outcomes = Read(dir.Path, maxBytes: 1000);
        Assert.Contains("over the size limit", outcomes.Single(o => o.Origin.EndsWith("big.txt")).Error);
        Assert.NotNull(outcomes.Single(o => o.Origin.EndsWith("small.txt")).Article);
    }

    [Fact]
    public void A_fifty_megabyte_page_is_read()
    {
        using var dir = new TempDir();
        var paragraph = "<p>" + string.Join(' ', Enumerable.Repeat("The minister said the talks would go on all week.", 20)) + "</p>";
        var html = "<html><body><article>"
            + string.Concat(Enumerable.Repeat(paragraph, 50 * 1024 * 1024 / paragraph.Length))
            + "</article></body></html>";
        var outcome = Assert.Single(Read(dir.File("huge.html", html)));
        Assert.True(outcome.Article!.Paragraphs.Count > 40_000);
    }
}
