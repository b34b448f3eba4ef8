using System.IO.Compression;
using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

/// <summary>Inputs that hold no article, or are not what their name says, as `index` reports them.</summary>
public sealed class ReadingProblemsTests
{
    private const string Story = "“The ferry will run at night,” said Tobias Lindgren.\n\nThe council agreed on Tuesday.";

    [Fact]
    public void Inputs_holding_no_article_are_a_warning_and_a_failing_exit()
    {
        using var dir = new TempDir();
        dir.File("inputs/report.pdf", "%PDF-1.4 not an article");
        var run = CliProcess.Invoke("index", Path.Combine(dir.Path, "inputs"), "--index", Path.Combine(dir.Path, "index"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("warning: no article found in", run.Stderr);
    }

    public static TheoryData<string, byte[], int, string> GzFiles => new()
    {
        { "story.txt.gz", System.Text.Encoding.UTF8.GetBytes(Story), 0, "named .gz but not gzip-compressed; read as it is" },
        { "noise.gz", Enumerable.Range(0, 300).Select(i => (byte)(i % 7)).ToArray(), 1, "named .gz but not gzip-compressed, and not text" },
        { "broken.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65], 1, "not a valid gzip file" },
        { "real.txt.gz", Gzip(Story), 0, "" },
    };

    [Theory]
    [MemberData(nameof(GzFiles))]
    public void A_gz_file_that_is_not_gzip_is_read_as_what_it_is_or_named_in_an_error(string name, byte[] bytes, int exit, string said)
    {
        using var dir = new TempDir();
        var file = dir.File(name, bytes);
        var run = CliProcess.Invoke("index", file, "--index", Path.Combine(dir.Path, "index"));
        Assert.Equal(exit, run.ExitCode);
        if (said.Length > 0) Assert.Contains($"{file}: {said}", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest)) gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}
