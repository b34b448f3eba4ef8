namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>
/// What travels with the model file: the feature names it was trained on (checked against this build's), the
/// probability below which no speaker is named, and the training figures for the record.
/// </summary>
public sealed record SpeakerModelSettings(IReadOnlyList<string> Features, double NoSpeakerBelow, string Trained);
