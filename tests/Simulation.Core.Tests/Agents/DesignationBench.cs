using Simulation.Core.Agents;
using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core.Tests.Agents;

/// <summary>The national government of a small synthetic scenario with designation programmes, driven directly (no model):
/// its regional governments, an outcome buffer and one regime (index 0) that runs every programme.</summary>
internal sealed class DesignationBench
{
    public DesignationBench(Scenario scenario)
    {
        Scenario = scenario;
        National = new NationalGovernment(scenario, new StandardScores(scenario.Regions, scenario.Attributes.Count, scenario.Indices));
        Governments = scenario.Regions
            .Select((r, i) => new RegionalGovernment(i, r, r.Values[TestScenarios.Population], r.Values[TestScenarios.Population] * r.Values[TestScenarios.Grdp]))
            .ToArray();
        Outcome = new ReplicationOutcome(scenario);
    }

    public Scenario Scenario { get; }

    public NationalGovernment National { get; }

    public RegionalGovernment[] Governments { get; }

    public ReplicationOutcome Outcome { get; }

    /// <summary>Regions with the given "need" values (population 1000, GRDP per capita 10), a horizon of
    /// <paramref name="firstYear"/>..<paramref name="lastYear"/> and the programmes given, all run by regime 0.</summary>
    public static Scenario WithProgrammes(double[] need, IReadOnlyList<DesignationProgramme> programmes, int firstYear = 2000, int lastYear = 2002,
        Behaviour? behaviour = null)
    {
        var contest = TestScenarios.Contest(need.Length, 100, TestScenarios.Regime(TestScenarios.Scored(1.0)), behaviour, need: need);
        var regime = contest.Regimes[0] with { Programmes = [.. Enumerable.Range(0, programmes.Count)] };
        return contest with
        {
            Timeline = RegimeTimeline.Constant(firstYear, lastYear, 0),
            Projects = [],
            Programmes = programmes,
            Regimes = [regime],
        };
    }

    /// <summary>A programme designating in 2000 that weighs need (weight 1) unless told otherwise.</summary>
    public static DesignationProgramme Programme(double perYear, int maxPerRegion = 1_000_000, double discretion = 1.0,
        IReadOnlyList<Criterion>? selection = null, IReadOnlyList<int>? eligible = null, IReadOnlyList<int>? years = null,
        bool national = false, Delivery? delivery = null, IReadOnlyList<ProgrammeCategory>? categories = null, double value = 100.0) =>
        new("p", "Programme", years ?? [2000], perYear, maxPerRegion, eligible ?? [], value, national,
            selection ?? [TestScenarios.Weight(SignalKind.Attribute, 1.0, TestScenarios.Need)], discretion, categories ?? [],
            delivery ?? Delivery.Immediate);

    /// <summary>Makes one year's designations of <paramref name="programme"/> under regime 0.</summary>
    public void Designate(int programme, int year, ref RandomStream random) =>
        National.MakeDesignations(programme, 0, year, Governments, ref random, Outcome, Scenario.Behaviour);

    /// <summary>Returns how many designations of <paramref name="programme"/> each region holds.</summary>
    public int[] Held(int programme) => Enumerable.Range(0, Governments.Length).Select(r => National.Designations(programme, r)).ToArray();

    /// <summary>Clears the designations, the governments and the outcome for another draw.</summary>
    public void Reset()
    {
        National.Reset();
        foreach (var g in Governments)
        {
            g.Reset(0.0, 0.1);
        }
        Outcome.Clear();
    }

    /// <summary>Softmax of <paramref name="scores"/> / <paramref name="scale"/>: the logit choice probabilities.</summary>
    public static double[] Logit(double[] scores, double scale)
    {
        var weights = scores.Select(s => Math.Exp(s / scale)).ToArray();
        return weights.Select(w => w / weights.Sum()).ToArray();
    }
}
