namespace QuoteSearch.Training;

/// <summary>A held-out candidate with the model's calibrated probability.</summary>
public sealed class ScoredRow
{
    public bool Label { get; set; }
    public float Set { get; set; }
    public float Probability { get; set; }
}
