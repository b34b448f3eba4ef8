using System.Text.Json;
using Microsoft.ML;
using QuoteSearch.Core.Attribution.Candidates;

namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>
/// The trained speaker model (an ML.NET FastTree classifier with Platt calibration, built by <c>make train</c> from
/// PolNeAR train) and its settings, both embedded in this assembly. <see cref="Probability"/> is thread-safe.
/// Errors: <see cref="InvalidDataException"/> when the files are not a model this build can use.
/// </summary>
internal sealed class SpeakerModel
{
    public const string ModelResource = "QuoteSearch.Core.Attribution.Choice.speaker-model.zip";
    public const string SettingsResource = "QuoteSearch.Core.Attribution.Choice.speaker-model.json";

    private readonly TreeEnsemble trees;

    private SpeakerModel(TreeEnsemble trees, double noSpeakerBelow) => (this.trees, NoSpeakerBelow) = (trees, noSpeakerBelow);

    /// <summary>Below this probability for the best candidate, the quote gets no speaker.</summary>
    public double NoSpeakerBelow { get; }

    /// <summary>The embedded model, or null when this build carries none (before the first <c>make train</c>).</summary>
    public static SpeakerModel? Embedded { get; } = LoadEmbedded();

    /// <summary>
    /// The calibrated probability that the candidate with these features (<see cref="CandidateFeatures.Names"/>) is the speaker.
    /// </summary>
    public double Probability(float[] features) => trees.Probability(features);

    /// <summary>Reads a model and its settings; fails with the reason when the model was trained on other features.</summary>
    public static SpeakerModel Load(Stream model, Stream settings)
    {
        var read = JsonSerializer.Deserialize<SpeakerModelSettings>(settings)
                   ?? throw new InvalidDataException("speaker model settings are empty");
        if (!read.Features.SequenceEqual(CandidateFeatures.Names))
        {
            throw new InvalidDataException("the speaker model was trained on other features than this build computes: run make train");
        }
        var trees = TreeEnsemble.Of(new MLContext(seed: 0).Model.Load(model, out _))
                    ?? throw new InvalidDataException("the speaker model is not a calibrated FastTree classifier: run make train");
        return new SpeakerModel(trees, read.NoSpeakerBelow);
    }

    private static SpeakerModel? LoadEmbedded()
    {
        var assembly = typeof(SpeakerModel).Assembly;
        using var model = assembly.GetManifestResourceStream(ModelResource);
        using var settings = assembly.GetManifestResourceStream(SettingsResource);
        return model is null || settings is null ? null : Load(model, settings);
    }
}
