namespace QuoteSearch.Training;

/// <summary>
/// Figures per quote, not per candidate: how often the most probable candidate is a right one, how often the fixed
/// rules' pick is, how often any candidate is (the ceiling), and a ten-bin reliability table of the chosen
/// candidate's probability with its expected calibration error.
/// </summary>
internal static class SetMetrics
{
    public static void Print(IReadOnlyList<ScoredRow> scored, IReadOnlyList<TrainingRow> rows, TextWriter output)
    {
        var rulePick = rows.GroupBy(r => r.Set).ToDictionary(g => g.Key, g => g.Any(r => r.Features[0] > 0 && r.Label));
        var chosen = scored.GroupBy(r => r.Set).Select(g => (Best: g.MaxBy(r => r.Probability)!, Any: g.Any(r => r.Label), g.Key)).ToList();
        double Share(Func<(ScoredRow Best, bool Any, float Key), bool> f) => chosen.Count(f) / (double)chosen.Count;
        output.WriteLine($"quotes={chosen.Count} model_acc={Share(c => c.Best.Label):F3} rules_acc={Share(c => rulePick[c.Key]):F3} " +
                         $"ceiling={Share(c => c.Any):F3}");
        foreach (var threshold in new[] { 0.2, 0.3, 0.4, 0.5, 0.6 })
        {
            var named = chosen.Where(c => c.Best.Probability >= threshold).ToList();
            var right = named.Count(c => c.Best.Label);
            output.WriteLine($"  name only at p>={threshold:F1}: named={named.Count / (double)chosen.Count:F3} " +
                             $"right_of_named={right / (double)Math.Max(1, named.Count):F3} " +
                             $"right_of_all={right / (double)chosen.Count:F3}");
        }
        Reliability.Print(chosen.Select(c => ((double)c.Best.Probability, c.Best.Label)).ToList(), output);
    }
}
