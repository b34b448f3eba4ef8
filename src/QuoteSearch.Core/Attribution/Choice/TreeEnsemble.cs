using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;

namespace QuoteSearch.Core.Attribution.Choice;

/// <summary>
/// The trees and Platt calibration of a loaded ML.NET FastTree binary model, copied into flat arrays once, so that
/// scoring a candidate is a walk down each tree with no allocation: ML.NET's prediction engine costs more per call
/// than the rest of attribution together. The arithmetic is ML.NET's own: a feature at or below a split's threshold
/// goes left, a negative child is the complement of a leaf index, the score is the bias plus the weighted leaf
/// values, and the probability is 1 / (1 + exp(slope · score + offset)).
/// </summary>
internal sealed class TreeEnsemble
{
    private readonly Tree[] trees;
    private readonly double bias;
    private readonly double slope;
    private readonly double offset;

    private sealed record Tree(int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Leaf, double Weight);

    private TreeEnsemble(Tree[] trees, double bias, double slope, double offset) =>
        (this.trees, this.bias, this.slope, this.offset) = (trees, bias, slope, offset);

    /// <summary>The ensemble of <paramref name="model"/>, or null when it is not a calibrated FastTree binary classifier.</summary>
    public static TreeEnsemble? Of(ITransformer model)
    {
        var parameters = (model as ISingleFeaturePredictionTransformer<object>)?.Model;
        if (parameters is not CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated) return null;
        var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
        if (ensemble.Trees.Any(t => t.CategoricalSplitFlags.Any(f => f))) return null;
        var trees = ensemble.Trees.Select((t, i) => new Tree(
            [.. t.LeftChild], [.. t.RightChild], [.. t.NumericalSplitFeatureIndexes], [.. t.NumericalSplitThresholds], [.. t.LeafValues],
            ensemble.TreeWeights[i])).ToArray();
        return new TreeEnsemble(trees, ensemble.Bias, calibrated.Calibrator.Slope, calibrated.Calibrator.Offset);
    }

    /// <summary>The calibrated probability, 0–1, for one row of features.</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        var score = bias;
        foreach (var tree in trees)
        {
            var node = 0;
            if (tree.Left.Length == 0)
            {
                score += tree.Weight * tree.Leaf[0];
                continue;
            }
            while (node >= 0) node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
            score += tree.Weight * tree.Leaf[~node];
        }
        return 1 / (1 + Math.Exp(slope * (float)score + offset));
    }
}
