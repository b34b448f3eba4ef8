using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Attribution;
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
        var ablate = new Option<string[]>("--ablate")
        {
            Description = "Switch an attribution unit off to measure what it adds (repeatable): "
                          + string.Join(", ", AttributionUnits.Names),
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("extract", "Print every quote and reported statement as JSON Lines (no index)")
        {
            paths, maxBytes, ablate,
        };
        command.SetAction(result =>
        {
            var units = AttributionUnits.Without(result.GetValue(ablate) ?? []);
            if (!units.Success)
            {
                Console.Error.WriteLine($"error: {units.Error}");
                return 2;
            }
            var pipeline = new ExtractionPipelineBuilder().WithAttributor(new SpeakerAttributor(units.Value!)).Build();
            var reader = ArticleFileReader.CreateDefault(new ReaderOptions { MaxBytes = result.GetValue(maxBytes) });
            var diagnostics = new Diagnostics();
            using var output = new JsonLines(Console.OpenStandardOutput());
            foreach (var outcome in reader.ReadAll(result.GetValue(paths)!))
            {
                if (!diagnostics.Report(outcome)) continue;
                foreach (var quote in pipeline.Extract(outcome.Article!).Quotes) output.Quote(quote);
            }
            return diagnostics.ExitCode;
        });
        return command;
    }
}
