using QuoteSearch.Core.Language;
using System.Text.Json;
using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Attribution.Candidates;
using QuoteSearch.Core.Attribution.Choice;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Training;

/// <summary>
/// Runs extraction over the PolNeAR articles with the fixed rules choosing, records every quote's candidates with
/// their features, and labels them from the spans file. Quotes the gold does not hold are left out.
/// </summary>
internal static class CandidateHarvest
{
    public static List<TrainingRow> Rows(string corpus, string spansFile, TextWriter progress)
    {
        var gold = File.ReadLines(spansFile)
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<GoldAttribution>(l)!)
            .ToLookup(g => g.Article);
        var rows = new List<TrainingRow>();
        var (article, sets) = (0, 0);
        IReadOnlyList<GoldAttribution> current = [];
        var recorder = new RecordingChooser(RuleChooser.Instance, (set, _) =>
        {
            if (CandidateLabels.Of(set, current) is not { } labels) return;
            for (var c = 0; c < set.Candidates.Count; c++)
            {
                var features = CandidateFeatures.Of(set, set.Candidates[c]);
                rows.Add(new TrainingRow { Features = features, Label = labels[c], Article = article, Set = sets });
            }
            sets++;
        });
        var pipeline = new ExtractionPipelineBuilder().WithAttributor(new SpeakerAttributor(AttributionUnits.All, recorder)).Build();
        foreach (var outcome in ArticleFileReader.CreateDefault().ReadAll([corpus]))
        {
            if (outcome.Article is not { } read) continue;
            current = gold[read.Id].ToList();
            pipeline.Extract(read);
            article++;
        }
        progress.WriteLine($"train: {article} articles, {sets} quotes with gold, {rows.Count} candidates");
        return rows;
    }
}
