using System.Net;
using System.Net.Sockets;
using QuoteSearch.Cli.Tests.Support;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Cli.Tests.Commands;

/// <summary>`serve` start-up: what cannot work is one line and a failing exit; an empty index is said at start.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("127.0.0.1:5000")]
    [InlineData("localhost:5000")]
    [InlineData("ftp://127.0.0.1:5000")]
    public void An_address_without_an_http_scheme_is_one_line_and_a_failing_exit(string urls)
    {
        using var dir = new TempDir();
        var run = CliProcess.Invoke("serve", "--index", dir.Path, "--urls", urls);
        Assert.Equal(1, run.ExitCode);
        var expected = $"error: --urls {urls}: not an address to listen on; write it with its scheme, like http://127.0.0.1:5000";
        Assert.Equal(expected, run.Stderr.Trim());
    }

    [Fact]
    public void A_port_in_use_is_one_line_without_a_stack_trace_and_a_failing_exit()
    {
        using var dir = new TempDir();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
            var run = CliProcess.Invoke("serve", "--index", dir.Path, "--urls", url);
            Assert.Equal(1, run.ExitCode);
            var expected = $"error: cannot listen on {url}: Address already in use "
                           + "(is another server using the port? choose another with --urls)";
            Assert.Equal(expected, run.Stderr.Trim());
            Assert.DoesNotContain(" at ", run.Stdout);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Serving_a_missing_or_empty_index_says_so_at_start(bool missing)
    {
        using var dir = new TempDir();
        var index = Path.Combine(dir.Path, "index");
        if (!missing) CliProcess.Invoke("index", Path.GetDirectoryName(dir.File("inputs/none.pdf", "x"))!, "--index", index);
        using var server = CliProcess.Start("serve", "--index", index, "--urls", "http://127.0.0.1:0");
        try
        {
            var first = await server.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var how = $"`quotesearch index <paths> --index {index}`";
            Assert.Equal(missing
                ? $"warning: {index}: no index here yet; serving an empty one (add articles with {how})"
                : $"warning: {index}: the index holds no articles yet (add some with {how})", first);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }
}
