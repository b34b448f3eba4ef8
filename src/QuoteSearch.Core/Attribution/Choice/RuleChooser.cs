using QuoteSearch.Core.Attribution.Candidates;

namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>
/// Today's fixed order of rules: the candidate they pick, with their hand-set confidence. Used when the learned
/// choice is switched off, and to record the candidates the model is trained on.
/// </summary>
internal sealed class RuleChooser : ISpeakerChooser
{
    public static RuleChooser Instance { get; } = new();

    public SpeakerChoice Choose(CandidateSet set)
    {
        var pick = set.Candidates.FirstOrDefault(c => c.RulePick);
        return new SpeakerChoice(pick, set.RuleConfidence);
    }
}
