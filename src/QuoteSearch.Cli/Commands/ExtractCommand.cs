using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Searching;

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
        var speakerIds = new Option<bool>("--speaker-ids")
        {
            Description = "Add \"speakerId\" to each line: the id its speaker (person or organisation) would have in an index of "
                          + "exactly these inputs, every written name of the run grouped as the index groups them (null without a "
                          + "speaker). Lines come out once every input is read, so the whole run is held in memory",
        };
        var command = new Command("extract", "Print every quote and reported statement as JSON Lines (no index)")
        {
            paths, maxBytes, ablate, speakerIds,
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
            var held = result.GetValue(speakerIds) ? new List<Quote>() : null;
            foreach (var outcome in reader.ReadAll(result.GetValue(paths)!))
            {
                if (!diagnostics.Report(outcome)) continue;
                if (Extract(pipeline, outcome.Article!, diagnostics) is not { } extracted) continue;
                foreach (var quote in extracted.Quotes)
                {
                    if (held is null) output.Quote(quote);
                    else held.Add(quote);
                }
            }
            if (held is not null) WriteWithSpeakerIds(output, held);
            return diagnostics.ExitCode;
        });
        return command;
    }

    /// <summary>One article's quotes, or null (reported) when the extraction failed on it: the other articles go on.</summary>
    private static ExtractedArticle? Extract(ExtractionPipeline pipeline, Article article, Diagnostics diagnostics)
    {
        try
        {
            return pipeline.Extract(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Fail(CliErrors.ExtractionFailed(article.Id, e.Message));
            return null;
        }
    }

    /// <summary>Identity is decided over the whole run, as an index decides it over everything it holds.</summary>
    private static void WriteWithSpeakerIds(JsonLines output, List<Quote> quotes)
    {
        var ids = ExtractedSpeakerIds.Of(quotes);
        for (var i = 0; i < quotes.Count; i++) output.Quote(quotes[i], ids[i]);
    }
}
