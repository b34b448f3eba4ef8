using System.Diagnostics;
using System.Text.Json;

namespace QuoteSearch.Cli.Tests.Support;

/// <summary>Runs the real command-line program in a child process, as a user or a script would.</summary>
public static class CliProcess
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public List<JsonElement> JsonLines() =>
            Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    /// <summary>Starts the program with its output redirected; the caller reads or discards it.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quotesearch.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    public static Run Invoke(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("quotesearch " + string.Join(' ', args));
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
