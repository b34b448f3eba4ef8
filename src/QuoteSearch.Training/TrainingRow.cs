namespace QuoteSearch.Training;

/// <summary>A labelled candidate: its features, whether it is the speaker, its article (folds keep articles whole) and its quote.</summary>
public sealed class TrainingRow
{
    public float[] Features { get; set; } = [];
    public bool Label { get; set; }
    public float Article { get; set; }
    public float Set { get; set; }
}
