namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>The model's answer for one candidate: the calibrated probability, 0–1, that it is the speaker.</summary>
public sealed class CandidateScore
{
    public float Probability { get; set; }
}
