"""text: finding, reading and cleaning the input files, and cutting them into articles and sentences."""
