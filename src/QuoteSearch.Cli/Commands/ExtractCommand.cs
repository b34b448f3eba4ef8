using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>extract</c>: one JSON line per quote or statement, no index.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("extract", "Print every quote and reported statement as JSON Lines (no index)") { paths, maxBytes };
        command.SetAction(result =>
        {
            var reader = ArticleFileReader.CreateDefault(new ReaderOptions { MaxBytes = result.GetValue(maxBytes) });
            var diagnostics = new Diagnostics();
            using var output = new JsonLines(Console.OpenStandardOutput());
            foreach (var outcome in reader.ReadAll(result.GetValue(paths)!))
            {
                if (!diagnostics.Report(outcome)) continue;
                foreach (var quote in ExtractionPipeline.Default.Extract(outcome.Article!).Quotes) output.Quote(quote);
            }
            return diagnostics.ExitCode;
        });
        return command;
    }
}
