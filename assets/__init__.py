"""The bundled article, shipped inside the package as `reader.assets`."""
