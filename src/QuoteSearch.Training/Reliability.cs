namespace QuoteSearch.Training;

/// <summary>A ten-bin reliability table (confidence against the share right) and the expected calibration error.</summary>
internal static class Reliability
{
    private const int Bins = 10;

    public static void Print(IReadOnlyList<(double Confidence, bool Right)> items, TextWriter output)
    {
        var ece = 0.0;
        output.WriteLine("  bin        n   mean_conf  share_right");
        for (var b = 0; b < Bins; b++)
        {
            var bin = items.Where(i => Math.Min(Bins - 1, (int)(i.Confidence * Bins)) == b).ToList();
            if (bin.Count == 0) continue;
            var confidence = bin.Average(i => i.Confidence);
            var right = bin.Count(i => i.Right) / (double)bin.Count;
            ece += bin.Count / (double)items.Count * Math.Abs(confidence - right);
            output.WriteLine($"  {b / 10.0:F1}-{(b + 1) / 10.0:F1} {bin.Count,6} {confidence,10:F3} {right,12:F3}");
        }
        output.WriteLine($"  ece={ece:F3}");
    }
}
