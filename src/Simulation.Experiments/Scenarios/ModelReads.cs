using System.Text.Json.Nodes;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Which numbers of a scenario the model reads when it runs in given regime modes, worked out from the scenario as compiled
/// (<see cref="ScenarioLoader"/>) the way the model uses it: each mode puts a regime in force each year; a regime in force
/// shares out its fund by its allocation rule; one in force in a year a competition is held judges it by the competition's
/// criteria and its own tilt; one in force in a year of a programme it runs designates by the programme's selection. Those
/// criteria read the attributes and indices they name (political alignment reads the regime's alignment attribute), and an
/// index reads its components' attributes. Every run also reads population and GRDP per head (budgets, per-capita outcomes)
/// and the capacity index (each region's capacity at the start). A number nothing of this reads changes no result: varying
/// it is a placebo.
/// <para>Conservative: a number is called unread only when no run in the modes can read it. A criterion of weight 0 still
/// counts as reading its signal, an index's components are read whatever their weights, and a regime in force reads its
/// fund rule in every year.</para>
/// </summary>
public sealed class ModelReads
{
    private readonly Scenario _model;
    private readonly JsonObject _document;
    private readonly bool[] _attributes;
    private readonly bool[] _indices;
    private readonly bool[] _inForce;
    private readonly bool[] _judging;
    private readonly bool[] _programmes;
    private readonly bool[] _effortScored; // per project: whether a regime that judges it in some mode reads effort weights

    private ModelReads(Scenario model, JsonObject document, bool[] attributes, bool[] indices, bool[] inForce, bool[] judging, bool[] programmes,
        bool[] effortScored)
    {
        _model = model;
        _document = document;
        _attributes = attributes;
        _indices = indices;
        _inForce = inForce;
        _judging = judging;
        _programmes = programmes;
        _effortScored = effortScored;
    }

    /// <summary>Returns what runs of <paramref name="scenario"/> in <paramref name="modes"/> read.</summary>
    public static ModelReads Of(LoadedScenario scenario, IReadOnlyList<RegimeMode> modes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(modes);
        var model = scenario.Model;
        var inForce = new bool[model.Regimes.Count];
        var judging = new bool[model.Regimes.Count];
        var programmes = new bool[model.Programmes.Count];
        var effortScored = new bool[model.Projects.Count];
        var applied = new List<(IReadOnlyList<Criterion> Criteria, int Regime)>();
        foreach (var mode in modes)
        {
            for (var year = model.Timeline.FirstYear; year <= model.Timeline.LastYear; year++)
            {
                var g = mode.Regime ?? model.Timeline.RegimeAt(year);
                inForce[g] = true;
                for (var p = 0; p < model.Projects.Count; p++)
                {
                    effortScored[p] |= model.Projects[p].IsHeldIn(year) && ReadsEffort(model.Regimes[g]);
                }
                foreach (var project in model.Projects.Where(p => p.IsHeldIn(year)))
                {
                    judging[g] = true;
                    applied.Add((project.Criteria, g));
                    applied.Add((model.Regimes[g].Tilt, g));
                }
                foreach (var p in model.Regimes[g].Programmes.Where(p => model.Programmes[p].Years.Contains(year)))
                {
                    programmes[p] = true;
                    applied.Add((model.Programmes[p].Selection, g));
                }
            }
        }
        applied.AddRange(inForce.Select((held, g) => (held, g)).Where(x => x.held).Select(x => (model.Regimes[x.g].Fund.Allocation, x.g)));

        var attributes = new bool[model.Attributes.Count];
        var indices = new bool[model.Indices.Count];
        attributes[model.PopulationAttribute] = true;
        attributes[model.GrdpPerCapitaAttribute] = true;
        var capacity = model.Indices.ToList().FindIndex(x => x.Id == CompositeIndex.CapacityId);
        if (capacity >= 0)
        {
            indices[capacity] = true;
        }
        foreach (var (criteria, g) in applied)
        {
            foreach (var signal in criteria.Select(c => c.Signal))
            {
                switch (signal.Kind)
                {
                    case SignalKind.Attribute:
                        attributes[signal.Index] = true;
                        break;
                    case SignalKind.Index:
                        indices[signal.Index] = true;
                        break;
                    case SignalKind.Alignment:
                        attributes[model.Regimes[g].AlignmentAttribute] = true;
                        break;
                }
            }
        }
        for (var i = 0; i < indices.Length; i++)
        {
            foreach (var component in model.Indices[i].Components.Where(_ => indices[i]))
            {
                attributes[component.Attribute] = true;
            }
        }
        return new ModelReads(model, scenario.Document, attributes, indices, inForce, judging, programmes, effortScored);
    }

    // The Tullock rule draws in proportion to effort itself, so the effort criterion's weight and an effort tilt play no part
    // (ODD §7.4.6); the scored rule weighs effort by them.
    private static bool ReadsEffort(PolicyRegime regime) => regime.Selection.Rule != SelectionRuleKind.Tullock;

    // The effort weight a path names (a project's criterion or a regime's tilt whose signal is effort), or false.
    private static bool IsEffortWeight(IReadOnlyList<Criterion> criteria, List<object> steps) =>
        steps.Count >= 5 && steps[2] is "criteria" or "tilt" && steps[3] is int k && k < criteria.Count && steps[4] is "weight"
            && criteria[k].Signal.Kind == SignalKind.Effort;

    /// <summary>Returns why no run in the modes reads the number at <paramref name="path"/> (or what it describes, such as a
    /// prior or a map tile, <see cref="ParameterPath.Unread"/>), or null when a run may read it.</summary>
    /// <exception cref="KeyNotFoundException">The path names no number of the scenario.</exception>
    public string? Unread(ParameterPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Unread() is { } described)
        {
            return described;
        }
        var steps = StepsTo(path.Number(_document));
        if (steps.Count < 2 || steps[0] is not string list || steps[1] is not int element)
        {
            return null;
        }
        return list switch
        {
            "regions" when steps.Count >= 4 && steps[2] is "values" && steps[3] is string id && _model.AttributeIndex(id) is var a && a >= 0 && !_attributes[a]
                => UnreadAttribute(a),
            "indices" when !_indices[element]
                => $"no competition, regime, fund or programme in force weighs the index '{_model.Indices[element].Id}'",
            "regimes" when !_inForce[element]
                => $"the regime '{_model.Regimes[element].Id}' is never in force",
            "regimes" when steps.Count >= 3 && steps[2] is "tilt" or "selection" && !_judging[element]
                => $"the regime '{_model.Regimes[element].Id}' judges no competition",
            "regimes" when steps.Count >= 4 && steps[2] is "selection" && steps[3] is string field && UnreadBySelectionRule(element, field) is { } rule
                => rule,
            "regimes" when IsEffortWeight(_model.Regimes[element].Tilt, steps) && !ReadsEffort(_model.Regimes[element])
                => $"the regime '{_model.Regimes[element].Id}' selects by the tullock rule, in which effort is the lottery itself, so it does not read an effort tilt",
            "projects" when IsEffortWeight(_model.Projects[element].Criteria, steps) && !_effortScored[element] && Held(element)
                => $"every regime that judges '{_model.Projects[element].Id}' selects by the tullock rule, in which effort is the lottery itself, so none reads its effort criterion's weight",
            "programmes" when !_programmes[element]
                => $"no regime in force runs the programme '{_model.Programmes[element].Id}' in any of its years",
            _ => null,
        };
    }

    /// <summary>Returns, one sentence each, the regimes no mode puts in force, the programmes no regime in force runs in any
    /// of their years, and the attributes read that have the same value in every region: elements a scenario defines that
    /// change no result, most often because the author forgot to name them in the timeline, the counterfactuals or a regime's
    /// programmes, or filled in a placeholder.</summary>
    public IEnumerable<string> InertElements()
    {
        for (var g = 0; g < _inForce.Length; g++)
        {
            if (!_inForce[g])
            {
                yield return $"the regime '{_model.Regimes[g].Id}' is never in force (neither the timeline nor the counterfactuals name it), so its "
                    + "settings change no result";
            }
        }
        for (var a = 0; a < _attributes.Length; a++)
        {
            if (_attributes[a] && a != _model.PopulationAttribute && a != _model.GrdpPerCapitaAttribute && SameInEveryRegion(a))
            {
                yield return $"the attribute '{_model.Attributes[a].Id}' has the same value in every region, so its standard score is 0 "
                    + "everywhere (ODD §5) and the criteria and indices that weigh it change no result";
            }
        }
        for (var p = 0; p < _programmes.Length; p++)
        {
            var runners = Enumerable.Range(0, _model.Regimes.Count).Where(g => _model.Regimes[g].Programmes.Contains(p)).ToList();
            var id = _model.Programmes[p].Id;
            if (runners.Count == 0)
            {
                yield return $"no regime lists the programme '{id}' in its 'programmes', so it makes no designations";
            }
            else if (!_programmes[p] && runners.Any(g => _inForce[g]))
            {
                yield return $"the programme '{id}' makes no designations: the regimes that run it "
                    + $"({string.Join(", ", runners.Select(g => $"'{_model.Regimes[g].Id}'"))}) are never in force in its years";
            }
        }
    }

    /// <summary>Returns, one sentence each, the programmes whose years ask for more designations than their eligible regions'
    /// caps allow (the model makes only as many as fit), those that designate only in a counterfactual mode (no regime of the
    /// timeline runs them in their years), and the projects whose effort criterion no judging regime reads.</summary>
    public IEnumerable<string> SilentLimits()
    {
        for (var p = 0; p < _model.Programmes.Count; p++)
        {
            // As the model counts them: the year's number rounded, in each year of the horizon a mode's regime runs it.
            var programme = _model.Programmes[p];
            var perYear = Math.Max(0, (int)Math.Round(programme.DesignationsPerYear, MidpointRounding.AwayFromZero));
            var years = _model.Modes().Max(mode => programme.Years.Distinct().Count(y => y >= _model.Timeline.FirstYear && y <= _model.Timeline.LastYear
                && _model.Regimes[mode.Regime ?? _model.Timeline.RegimeAt(y)].Programmes.Contains(p)));
            var room = Enumerable.Range(0, _model.Regions.Count).Sum(programme.CapOf);
            if (perYear * years > room)
            {
                yield return $"the programme '{programme.Id}' asks for {perYear * years} designations over its years, but its eligible regions "
                    + $"can take only {room} (maxPerRegion, applications), so it makes at most {room}";
            }
        }
        for (var p = 0; p < _model.Programmes.Count; p++)
        {
            var programme = _model.Programmes[p];
            var inHorizon = programme.Years.Where(y => y >= _model.Timeline.FirstYear && y <= _model.Timeline.LastYear).ToList();
            if (_programmes[p] && inHorizon.Count > 0 && !inHorizon.Any(y => _model.Regimes[_model.Timeline.RegimeAt(y)].Programmes.Contains(p)))
            {
                yield return $"in the timeline the programme '{programme.Id}' makes no designations: no regime that runs it is in force in its years "
                    + $"({string.Join(", ", inHorizon)}), so it designates only where a regime is held throughout";
            }
        }
        for (var p = 0; p < _model.Projects.Count; p++)
        {
            if (!_effortScored[p] && Held(p) && _model.Projects[p].Criteria.Any(c => c.Signal.Kind == SignalKind.Effort))
            {
                yield return $"every regime that judges '{_model.Projects[p].Id}' selects by the tullock rule, so its effort criterion's weight changes no result (effort is the lottery itself)";
            }
        }
    }

    // Whether the project is held in some year of the horizon.
    private bool Held(int project) =>
        Enumerable.Range(_model.Timeline.FirstYear, _model.Timeline.LastYear - _model.Timeline.FirstYear + 1).Any(_model.Projects[project].IsHeldIn);

    private bool SameInEveryRegion(int attribute) =>
        _model.Regions.Count > 1 && _model.Regions.All(r => r.Values[attribute].Equals(_model.Regions[0].Values[attribute]));

    // A selection field the regime's rule does not read: the scored rule reads its noise and discretion, the Tullock rule
    // its exponent (ODD §7.4.6).
    private string? UnreadBySelectionRule(int regime, string field)
    {
        var rule = _model.Regimes[regime].Selection.Rule;
        var read = rule == SelectionRuleKind.Tullock ? field is "exponent" : field is "discretion" or "noise";
        return read || field is "rule"
            ? null
            : $"the regime '{_model.Regimes[regime].Id}' selects by the {SelectionRuleNames.Name(rule)} rule, which does not read selection.{field}";
    }

    private string UnreadAttribute(int attribute)
    {
        var id = _model.Attributes[attribute].Id;
        var feeds = _model.Indices.Where(x => x.Components.Any(c => c.Attribute == attribute)).Select(x => $"'{x.Id}'").ToList();
        return feeds.Count == 0
            ? $"no criterion, index or regime's alignment reads the attribute '{id}'"
            : $"the attribute '{id}' feeds only the {(feeds.Count == 1 ? "index" : "indices")} {string.Join(" and ", feeds)}, "
                + "which no competition, regime, fund or programme in force weighs";
    }

    // The property names and element positions from the document's root down to the node.
    private static List<object> StepsTo(JsonNode node)
    {
        var steps = new List<object>();
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            steps.Add(parent is JsonArray ? current.GetElementIndex() : current.GetPropertyName());
        }
        steps.Reverse();
        return steps;
    }
}
