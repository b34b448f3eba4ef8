namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>
/// One candidate as the model reads it: <see cref="Features"/> holds the numbers named by the candidate features
/// (their count is set at run time through a schema), <see cref="Label"/> whether the candidate is the speaker.
/// Public only because ML.NET binds rows by reflection.
/// </summary>
public sealed class CandidateRow
{
    public float[] Features { get; set; } = [];
    public bool Label { get; set; }
}
