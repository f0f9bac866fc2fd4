"""One module per stage; each is a plain function over plain data (see ``ygraph.model``)."""
