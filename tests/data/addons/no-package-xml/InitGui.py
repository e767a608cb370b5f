# a legacy add-on: no package.xml
