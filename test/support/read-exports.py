"""Reads silkgraph's exports with networkx, as an analyst would, and prints what it read.

    python3 read-exports.py graphml|gexf|cytoscape FILE

reads FILE with read_graphml, read_gexf or cytoscape_graph and prints one JSON object:
networkx's own node and edge counts, whether the
graph is directed and a multigraph, and each node (id, kind) and edge (fact id, ends,
type, confidence, sourceCount, symmetric) as networkx holds it. The Jest test
(test/integration/exports-consumers.test.ts) compares that with the graph view.
Exits 3 with a message naming what to install when networkx is missing.
"""

import json
import sys

try:
    import networkx as nx
except ImportError:
    sys.stderr.write(
        f"networkx is not installed for {sys.executable}: run .ci/run, or "
        "python3 -m venv .cache/python && .cache/python/bin/pip install networkx\n"
    )
    sys.exit(3)


def summary(graph):
    nodes = sorted(
        ({"id": str(node), "kind": data.get("kind")} for node, data in graph.nodes(data=True)),
        key=lambda node: node["id"],
    )
    edges = sorted(
        (
            {
                "id": data.get("id", key),
                "source": str(source),
                "target": str(target),
                "type": data.get("type"),
                "confidence": data.get("confidence"),
                "sourceCount": data.get("sourceCount"),
                "symmetric": data.get("symmetric"),
            }
            for source, target, key, data in graph.edges(keys=True, data=True)
        ),
        key=lambda edge: edge["id"],
    )
    return {
        "networkx": nx.__version__,
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodeCount": graph.number_of_nodes(),
        "edgeCount": graph.number_of_edges(),
        "nodes": nodes,
        "edges": edges,
    }


def as_multigraph(graph):
    """read_graphml returns a simple graph when no two edges share ends; edges(keys=True) needs a multigraph."""
    if graph.is_multigraph():
        return graph
    multi = nx.MultiDiGraph() if graph.is_directed() else nx.MultiGraph()
    multi.add_nodes_from(graph.nodes(data=True))
    for source, target, data in graph.edges(data=True):
        multi.add_edge(source, target, key=data.get("id"), **data)
    return multi


readers = {
    "graphml": lambda path: as_multigraph(nx.read_graphml(path)),
    "gexf": nx.read_gexf,
    "cytoscape": lambda path: nx.cytoscape_graph(json.load(open(path, encoding="utf-8"))),
}
if len(sys.argv) != 3 or sys.argv[1] not in readers:
    sys.stderr.write(f"usage: read-exports.py {{{','.join(readers)}}} FILE\n")
    sys.exit(2)
print(json.dumps(summary(readers[sys.argv[1]](sys.argv[2]))))
