using QuoteSearch.Core.Attribution.Candidates;

namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>
/// The learned choice: the candidate the model finds most likely to be the speaker, when that probability reaches
/// <see cref="SpeakerModel.NoSpeakerBelow"/>; otherwise no speaker, since a wrong name is worse than none.
/// </summary>
internal sealed class LearnedChooser(SpeakerModel model) : ISpeakerChooser
{
    public SpeakerChoice Choose(CandidateSet set)
    {
        SpeakerCandidate? best = null;
        var bestProbability = 0.0;
        foreach (var candidate in set.Candidates)
        {
            var probability = model.Probability(CandidateFeatures.Of(set, candidate));
            if (probability <= bestProbability) continue;
            (best, bestProbability) = (candidate, probability);
        }
        return bestProbability >= model.NoSpeakerBelow
            ? new SpeakerChoice(best, bestProbability)
            : new SpeakerChoice(null, 1 - bestProbability);
    }
}
