using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

/// <summary>
/// One writer per index folder across processes: while `serve` holds a folder, a second `serve` or an `index`
/// into it is refused at start with one line naming the folder, and the index is unchanged.
/// </summary>
public sealed class OneWriterTests
{
    [Theory]
    [InlineData("index")]
    [InlineData("serve")]
    public async Task A_second_writer_on_a_folder_a_server_holds_is_refused_in_one_line(string second)
    {
        using var dir = new TempDir();
        var index = Path.Combine(dir.Path, "index");
        var articles = Path.GetDirectoryName(dir.File("in/a1.txt", "“The harbour reopens in May,” Tobias Lindgren said."))!;
        Assert.Equal(0, CliProcess.Invoke("index", articles, "--index", index).ExitCode);
        var before = CliProcess.Invoke("stats", "--index", index, "--json").Stdout;
        using var server = CliProcess.Start("serve", "--index", index, "--urls", "http://127.0.0.1:0");
        try
        {
            // The server prints its address once the index is open and locked.
            string? line;
            do line = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            while (line is not null && !line.StartsWith("QuoteSearch is serving", StringComparison.Ordinal));
            Assert.NotNull(line);

            var run = second == "index"
                ? CliProcess.Invoke("index", articles, "--index", index)
                : CliProcess.Invoke("serve", "--index", index, "--urls", "http://127.0.0.1:0");

            Assert.Equal(1, run.ExitCode);
            var reason = $"{index}: the index is being written by another process (is `serve` or `index` running?)";
            Assert.Equal(second == "index" ? $"error: {reason}" : $"error: the server could not start: {reason}", run.Stderr.Trim());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
        Assert.Equal(before, CliProcess.Invoke("stats", "--index", index, "--json").Stdout);
    }
}
